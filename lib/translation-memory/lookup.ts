import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { memoryKey } from "@/lib/translation-memory/segments";
import { BANDS, memoryBands } from "@/lib/translation-memory/signature";

export interface MemorySuggestion {
  /** The earlier source text, as written. */
  sourceText: string;
  /** Its translation, to insert. */
  targetText: string;
  /** 100 when the normalized texts are the same; else pg_trgm's similarity, in percent (at most 99). */
  match: number;
  storyId: number;
}

/** Below this a suggestion costs the translator more reading than it saves. */
export const MIN_MATCH = 50;
const PER_SEGMENT = 3;
/**
 * Rows read per segment before ranking: a sentence repeated in thousands
 * of stories ("Read more") must not make one lookup read them all. Exact
 * matches come first, so they are never the ones cut.
 */
const CANDIDATES = 200;
/** Segments per query when a page asks for many. */
const CHUNK = 40;

interface Row {
  ord: number;
  storyId: number;
  sourceText: string;
  targetText: string;
  exact: boolean;
  similarity: number;
}

export function memoryKeys(texts: string[], sourceLocale: Locale, targetLocale: Locale) {
  const keys = texts.map((text) => memoryKey(text, sourceLocale));
  return { keys, bands: keys.flatMap((key) => memoryBands(key, sourceLocale, targetLocale)) };
}

/** The lookup's SQL, one round trip for every key (exported for the benchmark's EXPLAIN). */
export function memoryQuery(
  keys: string[],
  bands: number[],
  sourceLocale: Locale,
  targetLocale: Locale,
): Prisma.Sql {
  return Prisma.sql`
    SELECT q.ord::int AS "ord", m."storyId", m."sourceText", m."targetText",
      m."sourceKey" = q.key AS "exact", similarity(m."sourceKey", q.key) AS "similarity", m."publishedAt"
    FROM unnest(${keys}::text[]) WITH ORDINALITY AS q(key, ord)
    CROSS JOIN LATERAL (
      SELECT c.* FROM (
        SELECT m."storyId", m."sourceText", m."sourceKey", m."targetText", m."publishedAt"
        FROM "MemorySegment" m
        WHERE m."sourceKey" = q.key
          AND m."sourceLocale" = ${sourceLocale}::"Locale" AND m."targetLocale" = ${targetLocale}::"Locale"
        UNION ALL
        SELECT m."storyId", m."sourceText", m."sourceKey", m."targetText", m."publishedAt"
        FROM "MemorySegment" m
        WHERE m."bands" && (${bands}::int[])[(q.ord - 1) * ${BANDS} + 1 : q.ord * ${BANDS}]
          AND m."sourceKey" <> q.key
          -- The bands are salted with the pair already; this only rechecks
          -- the few candidates. Written so that it cannot use an index: the
          -- planner would otherwise AND the band index with every row of
          -- the pair (half the memory) through the story index.
          AND m."sourceLocale"::text || '>' || m."targetLocale"::text = ${`${sourceLocale}>${targetLocale}`}
        LIMIT ${CANDIDATES}
      ) c
      WHERE c."sourceKey" = q.key OR similarity(c."sourceKey", q.key) * 100 >= ${MIN_MATCH}
      ORDER BY c."sourceKey" = q.key DESC, similarity(c."sourceKey", q.key) DESC, c."publishedAt" DESC
      LIMIT ${PER_SEGMENT * 4}
    ) m
    ORDER BY q.ord, "exact" DESC, "similarity" DESC, m."publishedAt" DESC`;
}

/**
 * The best earlier translations of each text, in one round trip however
 * many texts an editor page asks for: exact matches of the normalized text
 * first, then fuzzy ones, ranked by pg_trgm's similarity over the
 * normalized texts among the rows that share a MinHash band
 * (lib/translation-memory/signature.ts). Each text gets at most three
 * suggestions, one per distinct translation, newest first among equals.
 */
export async function lookupMemory(
  texts: string[],
  sourceLocale: Locale,
  targetLocale: Locale,
): Promise<MemorySuggestion[][]> {
  const found: MemorySuggestion[][] = texts.map(() => []);
  if (texts.length === 0) return found;
  // In chunks on separate connections: PostgreSQL runs one query on one
  // core, and a page asks for a hundred segments or more.
  const chunks: { from: number; texts: string[] }[] = [];
  for (let from = 0; from < texts.length; from += CHUNK)
    chunks.push({ from, texts: texts.slice(from, from + CHUNK) });
  const rows = (
    await Promise.all(
      chunks.map(async (chunk) => {
        const { keys, bands } = memoryKeys(chunk.texts, sourceLocale, targetLocale);
        const found = await db().$queryRaw<Row[]>(memoryQuery(keys, bands, sourceLocale, targetLocale));
        return found.map((row) => ({ ...row, ord: row.ord + chunk.from }));
      }),
    )
  ).flat();
  for (const row of rows) {
    const list = found[row.ord - 1]!;
    if (list.length >= PER_SEGMENT || list.some((each) => each.targetText === row.targetText)) continue;
    list.push({
      sourceText: row.sourceText,
      targetText: row.targetText,
      match: row.exact ? 100 : Math.min(99, Math.floor(row.similarity * 100)),
      storyId: row.storyId,
    });
  }
  return found;
}
