import "server-only";
import { unstable_cache } from "next/cache";
import type { AppLocale } from "@/i18n/routing";
import { withDatabase } from "@/lib/db/availability";
import { searchQueryString, type SearchRequest } from "@/lib/search/search-request";
import { searchStories } from "@/lib/search/search-stories";
import type { SearchOutcome } from "@/lib/search/search-types";
import { cacheTags } from "@/lib/stories/cache-tags";

/**
 * One search's results, cached per locale and normalised query string for a
 * few minutes and dropped with the locale's lists when a story is published,
 * so a popular query costs the database once.
 */
export function getSearchResults(locale: AppLocale, request: SearchRequest): Promise<SearchOutcome> {
  return unstable_cache(
    () => withDatabase(() => searchStories(locale, request)),
    ["search", locale, searchQueryString(request)],
    { tags: [cacheTags.lists(locale)], revalidate: 300 },
  )();
}
