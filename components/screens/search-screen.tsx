import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { otherLocale } from "@/lib/locale/locale-facts";
import { searchPath } from "@/lib/urls/reader-paths";
import {
  MAX_QUERY_LENGTH,
  SEARCH_CANDIDATES,
  searchQueryString,
  type SearchRequest,
} from "@/lib/search/search-request";
import type { SearchOutcome } from "@/lib/search/search-types";
import type { SectionLink } from "@/lib/stories/story-types";
import { ErrorSummary } from "@/components/forms/error-summary";
import { PageShell } from "@/components/page-shell";
import { dateFieldId } from "@/components/search-date-field";
import { Pagination } from "@/components/pagination";
import { SearchForm } from "@/components/search-form";
import { SearchResult } from "@/components/search-result";
import { SearchVocabularyNotice } from "@/components/search-vocabulary-notice";

interface Props {
  locale: Locale;
  request: SearchRequest;
  outcome: SearchOutcome;
  sections: SectionLink[];
}

export async function SearchScreen({ locale, request, outcome, sections }: Props) {
  const t = await getTranslations({ locale, namespace: "Search" });
  const other = otherLocale(locale);
  const switchHref = request.query
    ? `${searchPath(other)}?${new URLSearchParams({ q: request.query })}`
    : searchPath(other);
  const query = <bdi className="search-query">{request.query}</bdi>;
  const tForms = await getTranslations({ locale, namespace: "Forms" });
  // A refused date is not searched without: the reader corrects it first.
  const dateErrors = (["from", "to"] as const).flatMap((end) => {
    const error = request.dateFields[end].error;
    return error ? [{ field: dateFieldId(end), label: t(end), text: t(`dateErrors.${error}`) }] : [];
  });
  return (
    <PageShell locale={locale} switchHref={switchHref} headerSearch={false}>
      <h1 className="section-heading">{t("heading")}</h1>
      <ErrorSummary title={tForms("errorSummary")} errors={dateErrors} />
      <SearchForm locale={locale} request={request} sections={sections} />
      {request.shortened ? (
        <p className="notice" role="status">
          {t("shortened", { max: MAX_QUERY_LENGTH })}
        </p>
      ) : null}
      {outcome.kind === "empty" && dateErrors.length === 0 ? <p>{t("prompt")}</p> : null}
      {outcome.kind === "nothing-searchable" ? <p className="notice">{t("nothingSearchable")}</p> : null}
      {outcome.kind === "results" && outcome.total === 0 ? (
        <p className="notice">{request.page > 1 ? t("noMoreResults") : t("noResults")}</p>
      ) : null}
      <SearchVocabularyNotice locale={locale} request={request} outcome={outcome} />
      {outcome.kind === "results" && outcome.total > 0 ? (
        <>
          <p className="search-count">
            {outcome.capped
              ? t("countCapped", { max: SEARCH_CANDIDATES })
              : t("count", { count: outcome.total })}{" "}
            {query}
          </p>
          {outcome.capped ? (
            <p className="notice" role="status">
              {t("refine", { max: SEARCH_CANDIDATES })}
            </p>
          ) : null}
          <div className="search-results">
            {outcome.hits.map((hit) => (
              <SearchResult key={hit.storyId} hit={hit} locale={locale} />
            ))}
          </div>
          <Pagination
            locale={locale}
            page={outcome.page}
            pageCount={outcome.pageCount}
            hrefFor={(page) => `${searchPath(locale)}?${searchQueryString(request, page)}`}
            labels={{ label: t("pages"), previous: t("previousPage"), next: t("nextPage") }}
          />
        </>
      ) : null}
    </PageShell>
  );
}
