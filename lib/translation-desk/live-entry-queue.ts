import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";

/** A live story whose entries wait for translation into one language. */
export interface LiveQueueRow {
  storyId: number;
  /** Entries waiting: no translation, a draft, or one made from an older source text. */
  waiting: number;
  /** The entry that has waited longest: the desk opens its translation form. */
  entryId: number;
  waitingSince: Date;
}

/**
 * The live stories with entries waiting for a published translation into
 * `target`, one row per story, its longest-waiting entry first. Only pages
 * that run in `target` (the story has a version there) count; deleted
 * entries never wait, those of ended coverage still do (the page stays as
 * an archive). A missing or draft translation has waited since the entry
 * was posted; an outdated one since the source's first save of the
 * revision it lacks (from the audit log; the source's last change for
 * saves recorded before the log carried the revision).
 */
export async function loadLiveEntryQueue(target: Locale): Promise<LiveQueueRow[]> {
  return db().$queryRaw<LiveQueueRow[]>`
    WITH waiting AS (
      SELECT e."storyId", e."id" AS "entryId",
        CASE WHEN t."status" = 'PUBLISHED' THEN COALESCE(
          (SELECT min(a."createdAt") FROM "AuditEntry" a
           WHERE a."storyId" = e."storyId" AND a."action" = 'live.entry.edit'
             AND a."subject" = 'story:' || e."storyId" || '/' || e."sourceLocale"::text
             AND (a."details"->>'entryId')::int = e."id"
             AND (a."details"->>'sourceRevision')::int > t."sourceRevision"),
          src."updatedAt")
        ELSE COALESCE(src."publishedAt", e."postedAt", e."createdAt") END AS "waitingSince"
      FROM "LiveEntry" e
      JOIN "Story" s ON s."id" = e."storyId" AND s."kind" = 'LIVE'
      JOIN "StoryTranslation" page ON page."storyId" = e."storyId" AND page."locale" = ${target}::"Locale"
      JOIN "LiveEntryTranslation" src ON src."entryId" = e."id" AND src."locale" = e."sourceLocale"
        AND src."status" = 'PUBLISHED'
      LEFT JOIN "LiveEntryTranslation" t ON t."entryId" = e."id" AND t."locale" = ${target}::"Locale"
      WHERE e."deletedAt" IS NULL AND e."sourceLocale" <> ${target}::"Locale"
        AND (t."id" IS NULL OR t."status" <> 'PUBLISHED' OR t."sourceRevision" < e."sourceRevision")
    )
    SELECT DISTINCT ON (w."storyId") w."storyId", w."entryId", w."waitingSince",
      (count(*) OVER (PARTITION BY w."storyId"))::int AS "waiting"
    FROM waiting w
    ORDER BY w."storyId", w."waitingSince" ASC, w."entryId" ASC`;
}
