import "server-only";
import type { Locale } from "next-intl";
import { PUBLISH_AUDIT_ACTIONS } from "@/lib/audit-log/record-audit";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { pickName } from "@/lib/stories/row-mappers";
import { liveEntryLagRows } from "@/lib/translation-desk/live-entry-lags";

/** The windows the dashboard reports, in days back from now. */
export const TTT_WINDOWS = [7, 30] as const;
export type TttWindow = (typeof TTT_WINDOWS)[number];

export interface LagFigures {
  /** Translations (or catch-ups) completed in the window. */
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

/**
 * One target language, in one section or (sectionId null) all of them; or
 * (`live`) the entries of its live pages, which wait minutes where stories
 * wait hours, and so have rows of their own rather than skewing the stories'.
 */
export interface TimeToTranslationRow {
  locale: Locale;
  sectionId: number | null;
  section: string | null;
  live: boolean;
  /** First publish of the source to first publish of the translation. */
  first: Record<TttWindow, LagFigures>;
  /** A published edit of the source text to the translation's publish of that revision. */
  catchUp: Record<TttWindow, LagFigures>;
}

type LagRow = {
  kind: "first" | "catchUp";
  locale: Locale;
  sectionId: number | null;
  days: number;
  count: number;
  median: number | null;
  p90: number | null;
};

// Both lags come from what the workflow recorded, never from a typed field:
// - a version's first publish is StoryTranslation.publishedAt, which
//   lib/newsroom/workflow/change-status sets at the first publish and keeps after;
// - a published edit of the source is an audit entry of the source's
//   publish carrying the new source revision, and the translation catches
//   up at its first publish (audit entry) of that revision or a later one.
// Each lag counts in the windows in which it ended.

async function lagRows(now: Date): Promise<LagRow[]> {
  const since = new Date(now.getTime() - Math.max(...TTT_WINDOWS) * 86_400_000);
  return db().$queryRaw<LagRow[]>`
    WITH first_lags AS (
      SELECT t."locale"::text AS locale, s."sectionId" AS section_id, t."publishedAt" AS done_at,
             GREATEST(0, EXTRACT(EPOCH FROM t."publishedAt" - src."publishedAt")) AS seconds
      FROM "StoryTranslation" t
      JOIN "Story" s ON s."id" = t."storyId" AND t."locale" <> s."sourceLocale"
      JOIN "StoryTranslation" src ON src."storyId" = s."id" AND src."locale" = s."sourceLocale"
      WHERE t."publishedAt" >= ${since} AND t."publishedAt" <= ${now} AND src."publishedAt" IS NOT NULL
    ),
    publishes AS (
      SELECT a."storyId", split_part(a."subject", '/', 2) AS locale, a."createdAt" AS at,
             (a."details"->>'sourceRevision')::int AS revision
      FROM "AuditEntry" a
      WHERE a."action" = ANY(${PUBLISH_AUDIT_ACTIONS}) AND a."storyId" IS NOT NULL
        AND a."details"->>'sourceRevision' IS NOT NULL
    ),
    source_edits AS (
      SELECT p."storyId", p.revision, min(p.at) AS at
      FROM publishes p JOIN "Story" s ON s."id" = p."storyId" AND p.locale = s."sourceLocale"::text
      WHERE p.revision > 1
      GROUP BY p."storyId", p.revision
    ),
    catch_up_lags AS (
      SELECT t."locale"::text AS locale, s."sectionId" AS section_id, done.at AS done_at,
             EXTRACT(EPOCH FROM done.at - e.at) AS seconds
      FROM source_edits e
      JOIN "Story" s ON s."id" = e."storyId"
      -- Only versions readers already had: a first translation is the other lag.
      JOIN "StoryTranslation" t ON t."storyId" = s."id" AND t."locale" <> s."sourceLocale"
        AND t."publishedAt" < e.at
      CROSS JOIN LATERAL (
        SELECT min(p.at) AS at FROM publishes p
        WHERE p."storyId" = e."storyId" AND p.locale = t."locale"::text
          AND p.revision >= e.revision AND p.at >= e.at
      ) done
      WHERE done.at >= ${since} AND done.at <= ${now}
    ),
    lags AS (
      SELECT 'first' AS kind, * FROM first_lags
      UNION ALL
      SELECT 'catchUp' AS kind, * FROM catch_up_lags
    )
    SELECT l.kind, l.locale, l.section_id AS "sectionId", w.days, count(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY l.seconds) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY l.seconds) AS p90
    FROM lags l
    JOIN (SELECT unnest(${[...TTT_WINDOWS]}::int[]) AS days) w
      ON l.done_at > ${now}::timestamp - make_interval(days => w.days)
    GROUP BY GROUPING SETS ((l.kind, l.locale, l.section_id, w.days), (l.kind, l.locale, w.days))`;
}

const empty = (): Record<TttWindow, LagFigures> =>
  Object.fromEntries(
    TTT_WINDOWS.map((days) => [days, { count: 0, medianSeconds: null, p90Seconds: null }]),
  ) as Record<TttWindow, LagFigures>;

/**
 * Time to translation per target language, over all sections and then per
 * section: median and 90th percentile of each lag over the last 7 and 30
 * days. Every language appears, with empty figures where nothing ended.
 */
export async function loadTimeToTranslation(
  uiLocale: Locale,
  now: Date = new Date(),
): Promise<TimeToTranslationRow[]> {
  const [rows, liveRows, sections] = await Promise.all([
    lagRows(now),
    liveEntryLagRows(now, TTT_WINDOWS),
    db().section.findMany({ orderBy: { position: "asc" }, include: { translations: true } }),
  ]);
  const table: TimeToTranslationRow[] = routing.locales.flatMap((locale) => [
    { locale, sectionId: null, section: null, live: false, first: empty(), catchUp: empty() },
    ...sections.map((section) => ({
      locale,
      sectionId: section.id,
      section: pickName(section.translations, uiLocale, section.key),
      live: false,
      first: empty(),
      catchUp: empty(),
    })),
  ]);
  const live: TimeToTranslationRow[] = routing.locales.map((locale) => ({
    locale,
    sectionId: null,
    section: null,
    live: true,
    first: empty(),
    catchUp: empty(),
  }));
  const placed = [
    ...rows.map((row) => ({
      row,
      target: table.find((each) => each.locale === row.locale && each.sectionId === row.sectionId),
    })),
    ...liveRows.map((row) => ({ row, target: live.find((each) => each.locale === row.locale) })),
  ];
  for (const { row, target } of placed) {
    if (!target) continue;
    target[row.kind][row.days as TttWindow] = {
      count: row.count,
      medianSeconds: row.median === null ? null : Math.round(row.median),
      p90Seconds: row.p90 === null ? null : Math.round(row.p90),
    };
  }
  return [...table, ...live];
}

/** A translation's first publish and how long after its source's it came. */
export interface LatestTranslation {
  storyId: number;
  locale: Locale;
  headline: string;
  publishedAt: Date;
  waitedSeconds: number;
}

/**
 * The translations into `target` most recently published for the first
 * time, newest first, each with its time to translation: what the figures
 * above are made of, story by story.
 */
export async function loadLatestTranslations(target: Locale, limit = 10): Promise<LatestTranslation[]> {
  const rows = await db().$queryRaw<(Omit<LatestTranslation, "waitedSeconds"> & { waited: number })[]>`
    SELECT t."storyId", t."locale"::text AS "locale", t."headline", t."publishedAt",
           GREATEST(0, EXTRACT(EPOCH FROM t."publishedAt" - src."publishedAt"))::float8 AS "waited"
    FROM "StoryTranslation" t
    JOIN "Story" s ON s."id" = t."storyId" AND s."sourceLocale" <> ${target}::"Locale"
    JOIN "StoryTranslation" src ON src."storyId" = s."id" AND src."locale" = s."sourceLocale"
    WHERE t."locale" = ${target}::"Locale" AND t."status" = 'PUBLISHED' AND src."publishedAt" IS NOT NULL
    ORDER BY t."publishedAt" DESC, t."id" DESC
    LIMIT ${limit}`;
  return rows.map(({ waited, ...row }) => ({ ...row, waitedSeconds: Math.round(waited) }));
}
