import type { Locale } from "next-intl";

/**
 * Words a minute for running news prose: about 230 in English; Arabic
 * readers take in fewer words a minute (its words carry their articles,
 * prepositions and pronouns), so about 180.
 */
const WORDS_PER_MINUTE: Record<Locale, number> = { en: 230, ar: 180 };

const segmenters = new Map<Locale, Intl.Segmenter>();

/** The story's words as the language's own word breaker counts them. */
export function countWords(text: string, locale: Locale): number {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: "word" })));
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Whole minutes to read a body, never less than one. */
export function readingMinutes(body: string, locale: Locale): number {
  return Math.max(1, Math.round(countWords(body, locale) / WORDS_PER_MINUTE[locale]));
}
