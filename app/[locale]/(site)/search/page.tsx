import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/locale/request-locale";
import { otherLocale } from "@/lib/locale/locale-facts";
import { languageAlternates } from "@/lib/seo/language-alternates";
import { searchPath } from "@/lib/urls/reader-paths";
import { getSearchResults } from "@/lib/search/search-page-data";
import { hasDateError } from "@/lib/search/search-date-fields";
import { parseSearchRequest } from "@/lib/search/search-request";
import { getSectionLinks } from "@/lib/stories/sections";
import { SearchScreen } from "@/components/screens/search-screen";

type Props = PageProps<"/[locale]/search">;

// Results pages are for readers, not for search engines: never indexed,
// but their links to stories may be followed. Every results page names the
// search page as canonical, paired with the other language's (the header
// links to it on phones, so crawlers meet it).
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  const { query } = parseSearchRequest(await searchParams);
  return {
    title: query ? t("title", { query }) : t("titleEmpty"),
    robots: { index: false, follow: true },
    alternates: languageAlternates({ locale, path: searchPath(locale) }, [
      { locale: otherLocale(locale), path: searchPath(otherLocale(locale)) },
    ]),
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const request = parseSearchRequest(await searchParams);
  // A date the reader must correct is not silently searched without (the form says what is wrong).
  const results = hasDateError(request.dateFields)
    ? Promise.resolve({ kind: "empty" as const })
    : getSearchResults(locale, request);
  const [outcome, sections] = await Promise.all([results, getSectionLinks(locale)]);
  return <SearchScreen locale={locale} request={request} outcome={outcome} sections={sections} />;
}
