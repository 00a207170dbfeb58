import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, markStoredText } from "@/lib/search/highlight";
import { markArabicWords } from "@/lib/search/arabic-highlight";
import { linkedPluralStems } from "@/lib/search/arabic-plurals";
import { nameVariantsFor } from "@/lib/search/name-variants";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";
import { buildSearchQuery, type BuiltQuery } from "@/lib/search/search-query";
import { RESULTS_PER_PAGE, SEARCH_CANDIDATES, type SearchRequest } from "@/lib/search/search-request";
import type { SearchHit, SearchOutcome } from "@/lib/search/search-types";
import { textSearchConfig } from "@/lib/search/text-search-config";

interface HitRow {
  storyId: number;
  slug: string;
  headline: string;
  dek: string;
  markedHeadline: string | null;
  markedDek: string | null;
  publishedAt: Date;
  sectionName: string;
  sectionSlug: string;
  sectionRetired: boolean;
  total: bigint;
  found: bigint;
}

const MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;

/**
 * The reader's words as a tsquery (lib/search/search-query.ts builds its
 * text: quotes, "or" and "-" work; nothing else is syntax), or null when no
 * lexeme could use the index: stop words, punctuation, or only exclusions,
 * which would need a scan of every row. `loose` is what the index can
 * answer alone: the query without exclusions (querytree) and with phrases
 * as plain "and". When it differs, every row it finds must be read to check
 * the words' order or the exclusion.
 */
async function indexableQuery(
  locale: Locale,
  built: BuiltQuery,
): Promise<{ query: string; loose: string } | null> {
  const [row] = await db().$queryRaw<{ query: string; tree: string; loose: string }[]>`
    SELECT q::text AS query, querytree(q) AS tree,
      regexp_replace(querytree(q), '<(-|[0-9]+)>', '&', 'g') AS loose
    FROM to_tsquery(${textSearchConfig(locale)}::regconfig, ${built.match}) AS q`;
  return row && row.tree !== "" && row.tree !== "T" ? { query: row.query, loose: row.loose } : null;
}

/**
 * The query built from the reader's words with the other spellings of the
 * names it spells (lib/search/name-variants.ts); in Arabic, built again with
 * the broken plurals or singulars the editors' table links to its stems.
 */
async function analysedQuery(locale: Locale, text: string): Promise<BuiltQuery | null> {
  const variants = await nameVariantsFor(text);
  const built = buildSearchQuery(locale, text, new Map(), variants);
  if (built === null || locale !== "ar") return built;
  const linked = await linkedPluralStems(built.marked);
  return linked.size === 0 ? built : buildSearchQuery(locale, text, linked, variants);
}

/**
 * How many of the newest rows the index finds for a phrase or an exclusion
 * are read to check it: two common words are in most stories, and reading
 * them all to find the few where they stand together would cost seconds at
 * 100,000 stories. Older matches past it are not found (the page then
 * suggests narrowing, as for a common word).
 */
const RECHECKED_ROWS = 600;

/**
 * How many of the candidates, best by stems, the exact forms the reader typed
 * reorder: five pages, more than readers turn.
 */
const RERANKED = 50;

// Weights for D, C, B, A (body C, dek B, headline A): a single headline
// match outranks many body matches.
const RANK_WEIGHTS = "{0.01, 0.05, 0.3, 1.0}";

export async function searchStories(locale: Locale, request: SearchRequest): Promise<SearchOutcome> {
  if (!request.query) return { kind: "empty" };
  const built = await analysedQuery(locale, request.query);
  const parsed = built && (await indexableQuery(locale, built));
  if (built === null || parsed === null) return { kind: "nothing-searchable" };
  const { query, loose } = parsed;
  const rechecked = loose !== query;
  const config = textSearchConfig(locale);
  const marksInSql = locale !== "ar";
  // The query text is PostgreSQL's own rendering of the parsed tsquery.
  // The newest matches (one more than the bound, to know whether there are
  // more) are the candidates; only they are ranked, and only the page's ten
  // rows go through ts_headline.
  // SET LOCAL: the planner costs @@ as cheap, but each row's search vector
  // is read from TOAST storage. On a table of some thousands of stories it
  // chose a sequential scan reading every vector (78 ms at 10,000 per
  // language); without that choice it uses the GIN index or walks the
  // newest stories first and stops at the bound (4 ms).
  const [, rows] = await db().$transaction([
    db().$executeRaw`SET LOCAL enable_seqscan = off`,
    db().$queryRaw<HitRow[]>`
    WITH matches AS (
      SELECT t.id, t."publishedAt", t."searchVector", t."searchExact"
      FROM "StoryTranslation" t
      WHERE t.locale = ${locale}::"Locale" AND t.status = 'PUBLISHED'
        AND t."searchVector" @@ ${loose}::tsquery
        AND (${request.section}::text IS NULL OR EXISTS (
          SELECT 1 FROM "Story" s JOIN "SectionTranslation" st ON st."sectionId" = s."sectionId"
          WHERE s.id = t."storyId" AND st.locale = t.locale AND st.slug = ${request.section}))
        AND (${request.from}::date IS NULL OR t."publishedAt" >= ${request.from}::date)
        AND (${request.to}::date IS NULL OR t."publishedAt" < ${request.to}::date + 1)
      ORDER BY t."publishedAt" DESC, t.id DESC
      LIMIT ${rechecked ? RECHECKED_ROWS : SEARCH_CANDIDATES + 1}
    ), exact AS (
      SELECT * FROM matches WHERE NOT ${rechecked} OR "searchVector" @@ ${query}::tsquery
      ORDER BY "publishedAt" DESC, id DESC
      LIMIT ${SEARCH_CANDIDATES + 1}
    ), candidates AS (
      SELECT id, "publishedAt", "searchExact", count(*) OVER () AS total,
        CASE WHEN ${request.sort} = 'newest' THEN "publishedAt" END AS newest,
        CASE WHEN ${request.sort} = 'newest' THEN 0
          ELSE ts_rank(${RANK_WEIGHTS}::float4[], "searchVector", ${query}::tsquery) END AS "stemRank"
      FROM (SELECT * FROM exact ORDER BY "publishedAt" DESC, id DESC LIMIT ${SEARCH_CANDIDATES}) AS kept
    ), placed AS (
      SELECT *, row_number() OVER (ORDER BY "stemRank" DESC, "publishedAt" DESC, id DESC) AS place FROM candidates
    ), ranked AS (
      -- The typed forms reorder the best RERANKED by stems: the exact vector
      -- is read for them alone (reading it for every candidate doubled a
      -- common word's search at 100,000 stories).
      SELECT id, "publishedAt", total, newest, place > ${RERANKED} AS tail,
        "stemRank" + CASE WHEN place <= ${RERANKED} AND ${request.sort} <> 'newest'
          THEN coalesce(ts_rank(${RANK_WEIGHTS}::float4[], "searchExact", to_tsquery('simple', ${built.exact}::text)), 0)
          ELSE 0 END AS rank
      FROM placed
    ), hits AS (
      -- More than the candidates, or a phrase checked on only the newest rows the index found.
      SELECT c.*, CASE WHEN (SELECT count(*) FROM matches) >= ${RECHECKED_ROWS} AND ${rechecked}
        THEN ${SEARCH_CANDIDATES + 1} ELSE (SELECT count(*) FROM exact) END AS found
      FROM ranked c
      ORDER BY newest DESC NULLS LAST, tail, rank DESC, "publishedAt" DESC, id DESC
      LIMIT ${RESULTS_PER_PAGE} OFFSET ${(request.page - 1) * RESULTS_PER_PAGE}
    )
    SELECT t."storyId", t.slug, t."publishedAt", t.headline, t.dek, hits.total, hits.found,
      st.name AS "sectionName", st.slug AS "sectionSlug",
      EXISTS (SELECT 1 FROM "Section" sec WHERE sec.id = s."sectionId" AND sec."retiredAt" IS NOT NULL)
        AS "sectionRetired",
      -- Arabic stems are not a configuration ts_headline knows: marked in TypeScript (toHit).
      CASE WHEN ${marksInSql} THEN ts_headline(${config}::regconfig,
        normalize_search_text(translate(t.headline, ${MARKERS}, '')), ${query}::tsquery, ${HEADLINE_OPTIONS})
      END AS "markedHeadline",
      CASE WHEN ${marksInSql} THEN ts_headline(${config}::regconfig,
        normalize_search_text(translate(t.dek, ${MARKERS}, '')), ${query}::tsquery, ${HEADLINE_OPTIONS})
      END AS "markedDek"
    FROM hits
    JOIN "StoryTranslation" t ON t.id = hits.id
    JOIN "Story" s ON s.id = t."storyId"
    JOIN "SectionTranslation" st ON st."sectionId" = s."sectionId" AND st.locale = t.locale
    ORDER BY hits.newest DESC NULLS LAST, hits.tail, hits.rank DESC, hits."publishedAt" DESC, hits.id DESC`,
  ]);
  const total = Number(rows[0]?.total ?? 0);
  return {
    kind: "results",
    hits: rows.map((row) => toHit(row, built.marked)),
    total,
    capped: Number(rows[0]?.found ?? 0) > SEARCH_CANDIDATES,
    page: request.page,
    pageCount: Math.max(1, Math.ceil(total / RESULTS_PER_PAGE)),
  };
}

function toHit(row: HitRow, marked: string[]): SearchHit {
  const mark = (stored: string, markedNormalized: string | null) =>
    markedNormalized === null
      ? markArabicWords(stored, marked)
      : markStoredText(stored, markedNormalized, normalizeSearchText);
  return {
    storyId: row.storyId,
    slug: row.slug,
    headline: mark(row.headline, row.markedHeadline),
    dek: mark(row.dek, row.markedDek),
    publishedAt: row.publishedAt.toISOString(),
    section: {
      name: row.sectionName,
      slug: row.sectionSlug,
      ...(row.sectionRetired ? { retired: true } : {}),
    },
  };
}
