import "server-only";
import type { Locale } from "next-intl";
import { searchStories } from "@/lib/search/search-stories";
import type { SearchRequest } from "@/lib/search/search-request";
import type { SearchOutcome } from "@/lib/search/search-types";
import { closestQuery, readArabizi } from "@/lib/search/search-vocabulary";

const found = (outcome: SearchOutcome) => outcome.kind === "results" && outcome.total > 0;

/**
 * The search, and when it finds nothing, help from the
 * vocabulary: on the Arabic site, Latin words read as Arabizi and searched
 * in Arabic (the results shown, with the words used); otherwise "did you
 * mean", the query with each unknown word replaced by its nearest indexed
 * word, proposed only when it finds stories. A query that finds something
 * costs nothing more: an English or French word in an Arabic story is still
 * found as typed.
 */
export async function searchWithVocabulary(locale: Locale, request: SearchRequest): Promise<SearchOutcome> {
  const outcome = await searchStories(locale, request);
  if (outcome.kind !== "results" || outcome.total > 0) return outcome;
  // A page past the last one also counts nothing: whether the words find
  // stories as typed is the first page's answer (an Arabizi search's
  // further pages carry the Latin words in their links).
  if (request.page > 1 && found(await searchStories(locale, { ...request, page: 1 }))) return outcome;
  if (locale === "ar" && !request.literal) {
    const reading = await readArabizi(request.query);
    if (reading !== null && reading.query !== request.query) {
      const read = await searchStories(locale, { ...request, query: reading.query });
      if (read.kind === "results" && read.total > 0) return { ...read, arabizi: reading };
    }
  }
  if (request.page > 1) return outcome;
  const proposal = await closestQuery(locale, request.query);
  if (proposal === null || proposal === request.query) return outcome;
  return found(await searchStories(locale, { ...request, query: proposal }))
    ? { ...outcome, didYouMean: proposal }
    : outcome;
}
