import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { searchPath } from "@/lib/urls/reader-paths";
import { MAX_QUERY_LENGTH, type SearchRequest } from "@/lib/search/search-request";
import type { SectionLink } from "@/lib/stories/story-types";

interface Props {
  locale: Locale;
  request: SearchRequest;
  sections: SectionLink[];
}

/** The results page's own form: the query with its filters and order, sent by GET. */
export async function SearchForm({ locale, request, sections }: Props) {
  const t = await getTranslations({ locale, namespace: "Search" });
  return (
    <form className="search-form" role="search" action={searchPath(locale)} method="get">
      <p className="search-form__query">
        <label htmlFor="search-query">{t("query")}</label>
        <input
          id="search-query"
          type="search"
          name="q"
          dir="auto"
          maxLength={MAX_QUERY_LENGTH}
          defaultValue={request.query}
        />
      </p>
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
      <p>
        <label htmlFor="search-from">{t("from")}</label>
        <input id="search-from" type="date" name="from" defaultValue={request.from ?? ""} />
      </p>
      <p>
        <label htmlFor="search-to">{t("to")}</label>
        <input id="search-to" type="date" name="to" defaultValue={request.to ?? ""} />
      </p>
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
    </form>
  );
}
