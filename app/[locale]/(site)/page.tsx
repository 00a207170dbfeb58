import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { otherLocale } from "@/lib/locale/locale-facts";
import { homePath } from "@/lib/urls/reader-paths";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { readerFeeds } from "@/lib/seo/reader-feeds";
import { getMostRead } from "@/lib/reads/most-read";
import { getHomePage } from "@/lib/stories/section-page-data";
import { resolveLocale } from "@/lib/locale/request-locale";
import { HomeScreen } from "@/components/screens/home-screen";
import { countRender } from "@/lib/metrics/registry";

// Rendered on the first request, then served from the cache until a
// publish invalidates its tags (no database needed at build time).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = PageProps<"/[locale]">;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const other = otherLocale(locale);
  const metadata = listingMetadata({
    title: t("homeTitle"),
    description: t("tagline"),
    self: { locale, path: homePath(locale) },
    others: [{ locale: other, path: homePath(other) }],
    feeds: await readerFeeds(locale),
  });
  // The front page's title is the site's own, without the "| site" suffix.
  return { ...metadata, title: { absolute: t("homeTitle") } };
}

export default async function HomePage({ params }: Params) {
  countRender("list");
  const locale = await resolveLocale(params);
  const latest = await getHomePage(locale, 1);
  if (!latest) notFound();
  return <HomeScreen locale={locale} latest={latest} mostRead={await getMostRead(locale)} />;
}
