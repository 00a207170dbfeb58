import { arabicLightStem, arabicStemAlternates } from "@/lib/search/arabic-light-stem";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/search/highlight";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** What one stored word is found under: its normalised form, its stems and its alternates. */
function forms(word: string): string[] {
  const lower = word.toLowerCase();
  return [
    normalizeSearchText(lower),
    ...arabicLightStem(lower).split(" "),
    ...arabicStemAlternates(lower).split(" "),
  ].filter(Boolean);
}

/**
 * Arabic results' matches, marked in TypeScript with the same analysis as
 * the search vector (ts_headline knows only PostgreSQL's configurations):
 * every word of the stored text one of whose forms the query looked for.
 * The stored spelling is kept; only the highlight markers are added.
 */
export function markArabicWords(stored: string, wanted: string[]): string {
  const plain = stored.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_STOP, "");
  const lookedFor = new Set(wanted);
  return plain.replace(WORD, (word) =>
    forms(word).some((form) => lookedFor.has(form)) ? `${HIGHLIGHT_START}${word}${HIGHLIGHT_STOP}` : word,
  );
}
