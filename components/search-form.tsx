import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { searchPath } from "@/lib/urls/reader-paths";
import { MAX_QUERY_LENGTH, type SearchRequest } from "@/lib/search/search-request";
import type { SectionLink } from "@/lib/stories/story-types";
import { SearchDateField } from "@/components/search-date-field";
import { SearchSuggestions } from "@/components/search-suggestions";

interface Props {
  locale: Locale;
  request: SearchRequest;
  sections: SectionLink[];
}

/**
 * The results page's own form, sent by GET, and the page's one search
 * landmark (the header's box is not shown here). Its filters fold into a
 * <details> so that on a phone the first result is on the first screen; it
 * opens by itself when a filter is set or a date is refused, and stays open
 * on wide screens (CSS).
 */
export async function SearchForm({ locale, request, sections }: Props) {
  const t = await getTranslations({ locale, namespace: "Search" });
  const { from, to } = request.dateFields;
  const filtered =
    request.section !== null ||
    request.sort !== "relevance" ||
    [from, to].some((end) => end.day || end.month || end.year);
  return (
    <form className="search-form" role="search" action={searchPath(locale)} method="get">
      <p className="search-form__query">
        <label htmlFor="search-query">{t("query")}</label>
        <span className="search-form__box">
          <SearchSuggestions
            id="search-query"
            locale={locale}
            maxLength={MAX_QUERY_LENGTH}
            defaultValue={request.query}
            text={{ suggestions: t("suggestions") }}
          />
          <button type="submit">{t("submit")}</button>
        </span>
      </p>
      <details className="search-filters" open={filtered}>
        <summary>{t("filters")}</summary>
        <div className="search-filters__fields">
          <p>
            <label htmlFor="search-section">{t("section")}</label>
            <select id="search-section" name="section" defaultValue={request.section ?? ""}>
              <option value="">{t("allSections")}</option>
              {sections.map((section) => (
                <option key={section.slug} value={section.slug}>
                  {section.name}
                </option>
              ))}
            </select>
          </p>
          <SearchDateField locale={locale} end="from" input={from} />
          <SearchDateField locale={locale} end="to" input={to} />
          <p>
            <label htmlFor="search-sort">{t("sort")}</label>
            <select id="search-sort" name="sort" defaultValue={request.sort}>
              <option value="relevance">{t("relevance")}</option>
              <option value="newest">{t("newest")}</option>
            </select>
          </p>
          <p>
            <button type="submit">{t("apply")}</button>
          </p>
        </div>
      </details>
    </form>
  );
}
