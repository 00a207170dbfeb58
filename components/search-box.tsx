import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { searchPath } from "@/lib/urls/reader-paths";
import { MAX_QUERY_LENGTH } from "@/lib/search/search-request";
import { SearchSuggestions } from "@/components/search-suggestions";

// A plain GET form, so searching works without JavaScript; the small client
// component only adds headline suggestions under the field. Not shown on the
// results page, whose own form is the page's one search landmark.
export async function SearchBox({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Search" });
  return (
    <form className="search-box" role="search" action={searchPath(locale)} method="get">
      <label className="visually-hidden" htmlFor="site-search">
        {t("label")}
      </label>
      <SearchSuggestions
        id="site-search"
        locale={locale}
        maxLength={MAX_QUERY_LENGTH}
        text={{ placeholder: t("placeholder"), suggestions: t("suggestions") }}
      />
      <button type="submit">{t("submit")}</button>
    </form>
  );
}
