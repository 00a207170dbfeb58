import { normalizeSearchText } from "@/lib/search/normalize-search-text";

export const MAX_SUGGESTION_WORDS = 5;
const MAX_WORD_LENGTH = 40;

/**
 * The words of a half-typed query, reduced to letters and digits after the
 * search normalisation, lower-cased, at most five of 40 characters. The last
 * needs two characters, so that a single letter never asks the index for
 * every word it starts. Nothing but letters and digits survives, so the
 * prefix query built from them has no syntax of the reader's.
 */
export function suggestionWords(typed: string): string[] {
  const words = normalizeSearchText(typed.slice(0, 200))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(-MAX_SUGGESTION_WORDS)
    .map((word) => Array.from(word).slice(0, MAX_WORD_LENGTH).join(""));
  const last = words.at(-1);
  return last && Array.from(last).length >= 2 ? words : [];
}
