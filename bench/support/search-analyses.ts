import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { parseSearchRequest } from "@/lib/search/search-request";
import { searchStories } from "@/lib/search/search-stories";

/**
 * One analysis of text for search, as `npm run bench:relevance` compares
 * them on the same database: the site's search ("light10", issue 24), the
 * same without the editors' table of broken plurals (its rows deleted:
 * it is seeded with the demo stories' own plurals, so this row is what the
 * stemmer alone does), and the analysis it replaced ("snowball"), recomputed
 * from the stored text, so that every row comes from one run.
 */
export interface SearchAnalysis {
  description: string;
  /**
   * The story ids of the first results page, best first, as the reader sees
   * them; null when the query has nothing to look up (stop words only).
   */
  firstPage: (locale: Locale, query: string) => Promise<number[] | null>;
  /** Run once before its queries, on the bench's throwaway database. */
  prepare?: () => Promise<void>;
}

async function siteFirstPage(locale: Locale, query: string): Promise<number[] | null> {
  const outcome = await searchStories(locale, parseSearchRequest({ q: query }));
  if (outcome.kind !== "results") return null;
  return outcome.hits.map((hit) => hit.storyId);
}

/**
 * The search before issue 24: websearch_to_tsquery and the english / arabic
 * Snowball configurations over normalize_search_text(), the old generated
 * column's expression computed per row (the demo stories are few), ranked
 * as searchStories ranks (headline A, dek B, body C; then newest).
 */
async function snowballFirstPage(locale: Locale, query: string): Promise<number[] | null> {
  const config = locale === "ar" ? "arabic" : "english";
  const rows = await db().$queryRaw<{ storyId: number | null; tree: string }[]>`
    WITH q AS (
      SELECT websearch_to_tsquery(${config}::regconfig, normalize_search_text(${query})) AS q
    ), docs AS (
      SELECT t."storyId", t."publishedAt", t.id,
        setweight(to_tsvector(${config}::regconfig, normalize_search_text(t.headline)), 'A')
        || setweight(to_tsvector('simple'::regconfig, normalize_search_text(t.headline)), 'A')
        || setweight(to_tsvector(${config}::regconfig, normalize_search_text(t.dek)), 'B')
        || setweight(to_tsvector(${config}::regconfig, normalize_search_text(t.body)), 'C') AS v
      FROM "StoryTranslation" t
      WHERE t.locale = ${locale}::"Locale" AND t.status = 'PUBLISHED'
    ), hits AS (
      SELECT docs."storyId", docs."publishedAt", docs.id,
        ts_rank('{0.01, 0.05, 0.3, 1.0}'::float4[], docs.v, q.q) AS rank
      FROM docs, q WHERE docs.v @@ q.q
    )
    SELECT NULL::int AS "storyId", querytree(q) AS tree FROM q
    UNION ALL
    (SELECT "storyId", '' FROM hits ORDER BY rank DESC, "publishedAt" DESC, id DESC LIMIT 10)`;
  const [head, ...hits] = rows;
  if (!head || head.tree === "" || head.tree === "T") return null;
  return hits.map((hit) => hit.storyId!);
}

export const SEARCH_ANALYSES: Record<string, SearchAnalysis> = {
  snowball: {
    description:
      "before issue 24: normalize_search_text, then the english / arabic Snowball configurations (websearch_to_tsquery)",
    firstPage: snowballFirstPage,
  },
  light10: {
    description:
      "the site's search: Arabic light10-style stems with proclitic alternates, broken plurals from the editors' table, stop words dropped from queries and an exact-form vector for ranking (lib/search/arabic-light-stem.ts); English as before",
    firstPage: siteFirstPage,
  },
  "light10-no-plurals": {
    description: "the same without the table of broken plurals (its rows deleted first)",
    firstPage: siteFirstPage,
    prepare: async () => {
      await db().arabicPlural.deleteMany();
    },
  },
};
