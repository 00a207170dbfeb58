import "server-only";
import type { Locale } from "next-intl";
import { searchQueryString, type SearchRequest } from "@/lib/search/search-request";
import { searchWithVocabulary } from "@/lib/search/search-with-vocabulary";
import type { SearchOutcome } from "@/lib/search/search-types";
import { cacheTags } from "@/lib/stories/cache-tags";
import { cachedRead } from "@/lib/stories/cached-read";

/**
 * One search's results, cached per locale and normalised query string for a
 * few minutes and dropped with the locale's lists when a story is published,
 * so a popular query costs the database once.
 */
export function getSearchResults(locale: Locale, request: SearchRequest): Promise<SearchOutcome> {
  return cachedRead(
    {
      name: "search",
      args: [locale, searchQueryString(request)],
      tags: [cacheTags.lists(locale)],
      revalidate: 300,
    },
    () => searchWithVocabulary(locale, request),
  );
}
