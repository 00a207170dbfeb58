import "server-only";
import type { Locale } from "next-intl";
import { PUBLISH_AUDIT_ACTIONS } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";

/** How many waiting stories a queue shows at once, oldest first. */
export const QUEUE_PAGE_SIZE = 50;

export type QueueState = "missing" | "DRAFT" | "IN_REVIEW" | "outdated";

export interface QueueEntry {
  storyId: number;
  state: QueueState;
  /** Since when readers of the target language have lacked this text. */
  waitingSince: Date;
  section: string;
  /** The viewer's language version's headline where it exists, else the source's. */
  headline: string;
  headlineLocale: Locale;
}

export interface TranslationQueue {
  locale: Locale;
  total: number;
  entries: QueueEntry[];
}

type Row = {
  storyId: number;
  state: QueueState;
  waitingSince: Date;
  section: string | null;
  sectionKey: string;
  viewerHeadline: string | null;
  sourceHeadline: string;
  sourceLocale: Locale;
  total: number;
};

/**
 * The stories whose source is published and whose `target` version is
 * missing, unpublished or made from an older source revision, oldest wait
 * first. A story without a published translation has waited since its
 * source's first publish; an outdated one since the source's publish of
 * the first revision it lacks (from the audit log; the story's last change
 * for entries older than that record).
 */
export async function loadTranslationQueue(
  target: Locale,
  viewerLocale: Locale,
  limit: number = QUEUE_PAGE_SIZE,
): Promise<TranslationQueue> {
  const rows = await db().$queryRaw<Row[]>`
    WITH waiting AS (
      SELECT s."id" AS "storyId", s."sectionId", s."sourceLocale"::text AS "sourceLocale",
        src."headline" AS "sourceHeadline",
        CASE WHEN t."id" IS NULL THEN 'missing'
             WHEN t."sourceRevision" < s."sourceRevision" THEN 'outdated'
             ELSE t."status"::text END AS "state",
        CASE WHEN t."status" = 'PUBLISHED' AND t."sourceRevision" < s."sourceRevision" THEN COALESCE(
          (SELECT min(a."createdAt") FROM "AuditEntry" a
           WHERE a."storyId" = s."id" AND a."action" = ANY(${PUBLISH_AUDIT_ACTIONS})
             AND a."subject" = 'story:' || s."id" || '/' || s."sourceLocale"::text
             AND (a."details"->>'sourceRevision')::int > t."sourceRevision"),
          s."lastUpdatedAt")
        ELSE src."publishedAt" END AS "waitingSince"
      FROM "Story" s
      JOIN "StoryTranslation" src ON src."storyId" = s."id" AND src."locale" = s."sourceLocale"
        AND src."status" = 'PUBLISHED'
      LEFT JOIN "StoryTranslation" t ON t."storyId" = s."id" AND t."locale" = ${target}::"Locale"
      WHERE s."sourceLocale" <> ${target}::"Locale"
        AND (t."id" IS NULL OR t."status" <> 'PUBLISHED' OR t."sourceRevision" < s."sourceRevision")
    ),
    page AS (
      SELECT w.*, count(*) OVER ()::int AS "total" FROM waiting w
      ORDER BY w."waitingSince" ASC, w."storyId" ASC
      LIMIT ${limit}
    )
    SELECT p."storyId", p."state", p."waitingSince", p."sourceHeadline", p."sourceLocale", p."total",
      sec."key" AS "sectionKey", st."name" AS "section", v."headline" AS "viewerHeadline"
    FROM page p
    JOIN "Section" sec ON sec."id" = p."sectionId"
    LEFT JOIN "SectionTranslation" st ON st."sectionId" = p."sectionId" AND st."locale" = ${viewerLocale}::"Locale"
    LEFT JOIN "StoryTranslation" v ON v."storyId" = p."storyId" AND v."locale" = ${viewerLocale}::"Locale"
    ORDER BY p."waitingSince" ASC, p."storyId" ASC`;
  return {
    locale: target,
    total: rows[0]?.total ?? 0,
    entries: rows.map((row) => ({
      storyId: row.storyId,
      state: row.state,
      waitingSince: row.waitingSince,
      section: row.section ?? row.sectionKey,
      headline: row.viewerHeadline ?? row.sourceHeadline,
      headlineLocale: row.viewerHeadline !== null ? viewerLocale : row.sourceLocale,
    })),
  };
}
