import "@/app/styles/reading.css";
import "@/app/styles/story-body.css";
import "@/app/styles/live.css";
import "@/app/styles/story-kinds.css";
import "@/app/styles/banner.css";
import "@/app/styles/share.css";
import "@/app/styles/print.css";
import { resolveLocale } from "@/lib/locale/request-locale";
import { ErrorWordsScope } from "@/components/error-words-scope";
import { BannerDismiss } from "@/components/banner/banner-dismiss";
import { BreakingBanner } from "@/components/banner/breaking-banner";

// A segment below the root layout, so that its not-found and error
// boundaries render inside <html lang dir> instead of replacing the document.
// The breaking-news banner sits here, above every reading page.
export default async function SiteLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await resolveLocale(params);
  return (
    <ErrorWordsScope locale={locale} area="site">
      <BreakingBanner locale={locale} />
      <BannerDismiss />
      {children}
    </ErrorWordsScope>
  );
}
