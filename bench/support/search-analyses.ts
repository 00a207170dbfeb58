import type { Locale } from "next-intl";
import { parseSearchRequest } from "@/lib/search/search-request";
import { searchStories } from "@/lib/search/search-stories";

/**
 * One analysis of text for search, as `npm run bench:relevance` compares
 * them on the same database. Issue 24's light stemmer is to be added here
 * beside "current" while both exist (for instance a searchStories variant
 * that reads another tsvector column and query function), so that the
 * table shows the two side by side before the old one goes.
 */
export interface SearchAnalysis {
  description: string;
  /**
   * The story ids of the first results page, best first, as the reader sees
   * them; null when the query has nothing to look up (stop words only).
   */
  firstPage: (locale: Locale, query: string) => Promise<number[] | null>;
}

async function currentFirstPage(locale: Locale, query: string): Promise<number[] | null> {
  const outcome = await searchStories(locale, parseSearchRequest({ q: query }));
  if (outcome.kind !== "results") return null;
  return outcome.hits.map((hit) => hit.storyId);
}

export const SEARCH_ANALYSES: Record<string, SearchAnalysis> = {
  current: {
    description:
      'the site\'s search today: "searchVector" (normalize_search_text, then the english / arabic Snowball configurations)',
    firstPage: currentFirstPage,
  },
};
