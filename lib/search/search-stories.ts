import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, markStoredText } from "@/lib/search/highlight";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";
import { RESULTS_PER_PAGE, type SearchRequest } from "@/lib/search/search-request";
import type { SearchHit, SearchOutcome } from "@/lib/search/search-types";
import { textSearchConfig } from "@/lib/search/text-search-config";

interface HitRow {
  storyId: number;
  slug: string;
  headline: string;
  dek: string;
  markedHeadline: string;
  markedDek: string;
  publishedAt: Date;
  sectionName: string;
  sectionSlug: string;
  total: bigint;
}

const MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;

/**
 * The reader's words as a tsquery, parsed by PostgreSQL itself
 * (websearch_to_tsquery: quotes, "or" and "-" work; nothing else is syntax),
 * or null when no lexeme could use the index: stop words, punctuation, or
 * only exclusions, which would need a scan of every row.
 */
async function indexableQuery(locale: AppLocale, text: string): Promise<string | null> {
  const [row] = await db().$queryRaw<{ query: string; tree: string }[]>`
    SELECT q::text AS query, querytree(q) AS tree
    FROM websearch_to_tsquery(${textSearchConfig(locale)}::regconfig, normalize_search_text(${text})) AS q`;
  return row && row.tree !== "" && row.tree !== "T" ? row.query : null;
}

// Weights for D, C, B, A (body C, dek B, headline A): a single headline
// match outranks many body matches.
const RANK_WEIGHTS = "{0.01, 0.05, 0.3, 1.0}";

export async function searchStories(locale: AppLocale, request: SearchRequest): Promise<SearchOutcome> {
  if (!request.query) return { kind: "empty" };
  const query = await indexableQuery(locale, request.query);
  if (query === null) return { kind: "nothing-searchable" };
  const config = textSearchConfig(locale);
  // The query text is PostgreSQL's own rendering of the parsed tsquery.
  // The page of hits is chosen first; only its ten rows go through
  // ts_headline, however many stories match.
  const rows = await db().$queryRaw<HitRow[]>`
    WITH hits AS (
      SELECT t.id, t."storyId", t.slug, t."publishedAt", t.headline, t.dek,
        st.name AS "sectionName", st.slug AS "sectionSlug",
        CASE WHEN ${request.sort} = 'newest' THEN t."publishedAt" END AS newest,
        ts_rank(${RANK_WEIGHTS}::float4[], t."searchVector", ${query}::tsquery) AS rank,
        count(*) OVER () AS total
      FROM "StoryTranslation" t
      JOIN "Story" s ON s.id = t."storyId"
      JOIN "SectionTranslation" st ON st."sectionId" = s."sectionId" AND st.locale = t.locale
      WHERE t.locale = ${locale}::"Locale" AND t.status = 'PUBLISHED'
        AND t."searchVector" @@ ${query}::tsquery
        AND (${request.section}::text IS NULL OR st.slug = ${request.section})
        AND (${request.from}::date IS NULL OR t."publishedAt" >= ${request.from}::date)
        AND (${request.to}::date IS NULL OR t."publishedAt" < ${request.to}::date + 1)
      ORDER BY newest DESC NULLS LAST, rank DESC, t."publishedAt" DESC, t.id DESC
      LIMIT ${RESULTS_PER_PAGE} OFFSET ${(request.page - 1) * RESULTS_PER_PAGE}
    )
    SELECT "storyId", slug, "publishedAt", headline, dek, "sectionName", "sectionSlug", total,
      ts_headline(${config}::regconfig, normalize_search_text(translate(headline, ${MARKERS}, '')),
        ${query}::tsquery, ${HEADLINE_OPTIONS}) AS "markedHeadline",
      ts_headline(${config}::regconfig, normalize_search_text(translate(dek, ${MARKERS}, '')),
        ${query}::tsquery, ${HEADLINE_OPTIONS}) AS "markedDek"
    FROM hits
    ORDER BY newest DESC NULLS LAST, rank DESC, "publishedAt" DESC, id DESC`;
  const total = Number(rows[0]?.total ?? 0);
  return {
    kind: "results",
    hits: rows.map(toHit),
    total,
    page: request.page,
    pageCount: Math.max(1, Math.ceil(total / RESULTS_PER_PAGE)),
  };
}

function toHit(row: HitRow): SearchHit {
  return {
    storyId: row.storyId,
    slug: row.slug,
    headline: markStoredText(row.headline, row.markedHeadline, normalizeSearchText),
    dek: markStoredText(row.dek, row.markedDek, normalizeSearchText),
    publishedAt: row.publishedAt.toISOString(),
    section: { name: row.sectionName, slug: row.sectionSlug },
  };
}
