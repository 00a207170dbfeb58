import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { searchPath } from "@/lib/urls/reader-paths";
import { searchQueryString, type SearchRequest } from "@/lib/search/search-request";
import type { SearchOutcome } from "@/lib/search/search-types";

interface Props {
  locale: Locale;
  request: SearchRequest;
  outcome: SearchOutcome;
}

/**
 * What the vocabulary did for a search that found nothing as typed: the
 * Arabic words an Arabizi query was read as, with a link back to the
 * Latin words searched as typed; or "did you mean", a link to the nearest
 * words' search. Plain links, so it works without JavaScript.
 */
export async function SearchVocabularyNotice({ locale, request, outcome }: Props) {
  if (outcome.kind !== "results") return null;
  const t = await getTranslations({ locale, namespace: "SearchVocabulary" });
  const href = (query: string, literal = false) =>
    `${searchPath(locale)}?${searchQueryString({ ...request, query, literal, page: 1 })}`;
  if (outcome.arabizi) {
    return (
      <div className="notice search-vocabulary" role="status">
        <p>
          {t.rich("readAs", {
            words: () => <bdi className="search-query">{outcome.arabizi!.query}</bdi>,
          })}
        </p>
        <p>
          {t.rich("searchAsTyped", {
            link: () => (
              <a href={href(request.query, true)}>
                <bdi>{request.query}</bdi>
              </a>
            ),
          })}
        </p>
      </div>
    );
  }
  if (outcome.didYouMean) {
    return (
      <p className="notice search-vocabulary">
        {t.rich("didYouMean", {
          link: () => (
            <a href={href(outcome.didYouMean!)}>
              <bdi>{outcome.didYouMean}</bdi>
            </a>
          ),
        })}
      </p>
    );
  }
  return null;
}
