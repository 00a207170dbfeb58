import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { parseSearchRequest } from "@/lib/search/search-request";
import { searchStories } from "@/lib/search/search-stories";

/**
 * One analysis of text for search, as `npm run bench:relevance` compares
 * them on the same database: the site's search ("light10", issue 24), the
 * same without the editors' table of broken plurals (its rows deleted:
 * it is seeded with the demo stories' own plurals, so this row is what the
 * stemmer and the shipped table of news Arabic plurals do), and the analysis it replaced ("snowball"), recomputed
 * from the stored text, so that every row comes from one run.
 */
export interface SearchAnalysis {
  description: string;
  /**
   * The story ids of the first results page, best first, as the reader sees
   * them; null when the query has nothing to look up (stop words only).
   */
  firstPage: (locale: Locale, query: string) => Promise<number[] | null>;
  /** Run once before its queries, on the bench's throwaway database (after its stories are in). */
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
 * column's expression, ranked as searchStories ranks (headline A, dek B,
 * body C; then newest). The vectors are computed once per database into a
 * table of the bench's throwaway database (prepareSnowball): computing them
 * per query took seconds a query among thousands of generated stories.
 */
async function prepareSnowball(): Promise<void> {
  await db().$executeRawUnsafe(`DROP TABLE IF EXISTS bench_snowball_vectors`);
  await db().$executeRawUnsafe(`
    CREATE TABLE bench_snowball_vectors AS
    SELECT t."storyId", t."publishedAt", t.id, t.locale, c.config,
      setweight(to_tsvector(c.config, normalize_search_text(t.headline)), 'A')
      || setweight(to_tsvector('simple'::regconfig, normalize_search_text(t.headline)), 'A')
      || setweight(to_tsvector(c.config, normalize_search_text(t.dek)), 'B')
      || setweight(to_tsvector(c.config, normalize_search_text(t.body)), 'C') AS v
    FROM "StoryTranslation" t,
      LATERAL (SELECT (CASE WHEN t.locale = 'ar' THEN 'arabic' ELSE 'english' END)::regconfig AS config) c
    WHERE t.status = 'PUBLISHED'`);
  await db().$executeRawUnsafe(`CREATE INDEX ON bench_snowball_vectors USING gin (v)`);
  await db().$executeRawUnsafe(`ANALYZE bench_snowball_vectors`);
}

async function snowballFirstPage(locale: Locale, query: string): Promise<number[] | null> {
  const config = locale === "ar" ? "arabic" : "english";
  const rows = await db().$queryRaw<{ storyId: number | null; tree: string }[]>`
    WITH q AS (
      SELECT websearch_to_tsquery(${config}::regconfig, normalize_search_text(${query})) AS q
    ), hits AS (
      SELECT docs."storyId", docs."publishedAt", docs.id,
        ts_rank('{0.01, 0.05, 0.3, 1.0}'::float4[], docs.v, q.q) AS rank
      FROM bench_snowball_vectors docs, q WHERE docs.locale = ${locale}::"Locale" AND docs.v @@ q.q
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
    prepare: prepareSnowball,
  },
  light10: {
    description:
      "the site's search: Arabic light10-style stems with proclitic alternates, broken plurals from the shipped table of news Arabic and the editors' table, forms of Arabic patterns added to queries (broken plurals, derived verbs), stop words dropped from queries and an exact-form vector for ranking (lib/search/arabic-light-stem.ts); English as before",
    firstPage: siteFirstPage,
  },
  "light10-no-plurals": {
    description:
      "the same without the editors' table of broken plurals (its rows deleted first; the shipped table stays)",
    firstPage: siteFirstPage,
    prepare: async () => {
      await db().arabicPlural.deleteMany();
    },
  },
};
