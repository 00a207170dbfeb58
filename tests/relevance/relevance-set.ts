import type { Locale } from "next-intl";
import { z } from "zod";
import arabizi from "@/tests/relevance/arabizi.json";
import queriesAr from "@/tests/relevance/queries-ar.json";
import queriesEn from "@/tests/relevance/queries-en.json";

// The search relevance set over the demo stories (issue 24), written by hand
// from the stories' own words before any stemmer existed, so that it cannot
// mirror the affix rules it measures. Shared by bench/relevance.ts (which
// reports recall@10, MRR and nDCG@10) and tests/unit/relevance-set.test.ts
// (which keeps the judgements pointing at stories that exist).

/**
 * - exact: a word as (one of) its relevant stories spell it;
 * - word-form: another form of a story's word (article, fused و ب ل ك ف,
 *   plural including broken plurals, feminine, possessive, tense);
 * - name: a person, place or organisation;
 * - phrase: several words;
 * - variant: another spelling (hamza, ة/ه, tashkeel, digits; British/American).
 */
export const QUERY_KINDS = ["exact", "word-form", "name", "phrase", "variant"] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

const judgedQuery = z.object({
  query: z.string().min(1),
  kind: z.enum(QUERY_KINDS),
  /** Keys of the demo stories a reader typing the query wants (prisma/content/stories). */
  relevant: z.array(z.string().min(1)).min(1),
});
export type JudgedQuery = z.infer<typeof judgedQuery>;

const arabiziQuery = z.object({
  /** Latin letters as Lebanese write Arabic online (2 ء, 3 ع, 5 خ, 7 ح). */
  query: z.string().min(1),
  /** The Arabic-script query it means. */
  arabic: z.string().min(1),
  relevant: z.array(z.string().min(1)).min(1),
});
export type ArabiziQuery = z.infer<typeof arabiziQuery>;

export const relevanceSet: Record<Locale, JudgedQuery[]> = {
  en: z.array(judgedQuery).parse(queriesEn),
  ar: z.array(judgedQuery).parse(queriesAr),
};

/** Measured by bench/support/arabizi-agreement.ts (bench:relevance and an integration test). */
export const arabiziSet: ArabiziQuery[] = z.array(arabiziQuery).parse(arabizi);
