import type { Locale } from "next-intl";
import { currentBanner } from "@/lib/banner/banner-read";
import { bannerHtml, bannerSlotHtml } from "@/components/banner/banner-html";

/**
 * The breaking-news banner above every reading page. React never touches
 * what is inside (set as HTML, `suppressHydrationWarning`): through the
 * proxy it is the fragment Varnish included, which may be newer than the
 * page's own payload, and nothing in it hydrates (the dismiss button is
 * wired by BannerDismiss, outside it).
 */
export async function BreakingBanner({ locale }: { locale: Locale }) {
  const html = await bannerHtml(locale, await currentBanner(locale));
  return (
    <div
      className="breaking-slot"
      dangerouslySetInnerHTML={{ __html: bannerSlotHtml(locale, html) }}
      suppressHydrationWarning
    />
  );
}
