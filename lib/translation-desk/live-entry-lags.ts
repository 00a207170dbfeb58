import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";

export type LiveLagRow = {
  kind: "first" | "catchUp";
  locale: Locale;
  days: number;
  count: number;
  median: number | null;
  p90: number | null;
};

/**
 * Time to translation of live pages' entries, per target language and
 * window, from what the live desk recorded:
 * - first: the source's first publish (its `publishedAt`, the moment it was
 *   posted) to the translation's (`LiveEntryTranslation.publishedAt`, set
 *   once);
 * - catch-up: an edit of the source (its audit entry, carrying the new
 *   source revision) to the translation's first publish made from that
 *   revision or a later one, for translations readers already had.
 * Each lag counts in the windows in which it ended.
 */
export async function liveEntryLagRows(now: Date, windows: readonly number[]): Promise<LiveLagRow[]> {
  const since = new Date(now.getTime() - Math.max(...windows) * 86_400_000);
  return db().$queryRaw<LiveLagRow[]>`
    WITH first_lags AS (
      SELECT t."locale"::text AS locale, t."publishedAt" AS done_at,
             GREATEST(0, EXTRACT(EPOCH FROM t."publishedAt" - src."publishedAt")) AS seconds
      FROM "LiveEntryTranslation" t
      JOIN "LiveEntry" e ON e."id" = t."entryId" AND t."locale" <> e."sourceLocale"
      JOIN "LiveEntryTranslation" src ON src."entryId" = e."id" AND src."locale" = e."sourceLocale"
      WHERE t."publishedAt" >= ${since} AND t."publishedAt" <= ${now} AND src."publishedAt" IS NOT NULL
    ),
    publishes AS (
      SELECT (a."details"->>'entryId')::int AS entry_id, split_part(a."subject", '/', 2) AS locale,
             a."createdAt" AS at, (a."details"->>'sourceRevision')::int AS revision
      FROM "AuditEntry" a
      WHERE a."action" IN ('live.entry.post', 'live.entry.publish', 'live.entry.edit')
        AND a."details"->>'sourceRevision' IS NOT NULL
        AND coalesce(a."details"->>'published', '1') = '1'
    ),
    source_edits AS (
      SELECT p.entry_id, p.revision, min(p.at) AS at
      FROM publishes p JOIN "LiveEntry" e ON e."id" = p.entry_id AND p.locale = e."sourceLocale"::text
      WHERE p.revision > 1
      GROUP BY p.entry_id, p.revision
    ),
    catch_up_lags AS (
      SELECT t."locale"::text AS locale, done.at AS done_at, EXTRACT(EPOCH FROM done.at - s.at) AS seconds
      FROM source_edits s
      JOIN "LiveEntry" e ON e."id" = s.entry_id
      JOIN "LiveEntryTranslation" t ON t."entryId" = e."id" AND t."locale" <> e."sourceLocale"
        AND t."publishedAt" < s.at
      CROSS JOIN LATERAL (
        SELECT min(p.at) AS at FROM publishes p
        WHERE p.entry_id = s.entry_id AND p.locale = t."locale"::text
          AND p.revision >= s.revision AND p.at >= s.at
      ) done
      WHERE done.at >= ${since} AND done.at <= ${now}
    ),
    lags AS (
      SELECT 'first' AS kind, * FROM first_lags
      UNION ALL
      SELECT 'catchUp' AS kind, * FROM catch_up_lags
    )
    SELECT l.kind, l.locale, w.days, count(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY l.seconds) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY l.seconds) AS p90
    FROM lags l
    JOIN (SELECT unnest(${[...windows]}::int[]) AS days) w
      ON l.done_at > ${now}::timestamp - make_interval(days => w.days)
    GROUP BY l.kind, l.locale, w.days`;
}
