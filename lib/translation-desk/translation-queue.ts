import "server-only";
import type { Locale } from "next-intl";
import { PUBLISH_AUDIT_ACTIONS } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { pickName } from "@/lib/stories/row-mappers";
import { loadLiveEntryQueue, type LiveQueueRow } from "@/lib/translation-desk/live-entry-queue";

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
  /**
   * A live story's entries waiting (rather than the story itself): how many,
   * and the one waiting longest, whose translation form the row opens.
   */
  live: { waiting: number; entryId: number } | null;
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
 * What waits for translation into `target`, oldest wait first: the stories
 * (below) and, beside them, one row per live story whose entries wait. On a
 * breaking-news day entries come every few minutes; a row each would bury
 * the stories, while one row per live page says how many wait and opens the
 * oldest, and the live desk lists the rest in place.
 */
export async function loadTranslationQueue(
  target: Locale,
  viewerLocale: Locale,
  limit: number = QUEUE_PAGE_SIZE,
): Promise<TranslationQueue> {
  const [stories, live] = await Promise.all([
    loadStoryQueue(target, viewerLocale, limit),
    loadLiveEntryQueue(target).then((rows) => liveQueueEntries(rows, viewerLocale)),
  ]);
  const entries = [...stories.entries, ...live]
    .sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime() || a.storyId - b.storyId)
    .slice(0, limit);
  return { locale: target, total: stories.total + live.length, entries };
}

async function liveQueueEntries(rows: LiveQueueRow[], viewerLocale: Locale): Promise<QueueEntry[]> {
  if (rows.length === 0) return [];
  const stories = await db().story.findMany({
    where: { id: { in: rows.map((row) => row.storyId) } },
    select: {
      id: true,
      sourceLocale: true,
      translations: { select: { locale: true, headline: true } },
      section: { select: { key: true, translations: true } },
    },
  });
  return rows.flatMap((row): QueueEntry[] => {
    const story = stories.find((each) => each.id === row.storyId);
    if (!story) return [];
    const shown =
      story.translations.find((version) => version.locale === viewerLocale) ??
      story.translations.find((version) => version.locale === story.sourceLocale) ??
      story.translations[0]!;
    return [
      {
        storyId: row.storyId,
        state: "missing",
        waitingSince: row.waitingSince,
        section: pickName(story.section.translations, viewerLocale, story.section.key),
        headline: shown.headline,
        headlineLocale: shown.locale,
        live: { waiting: row.waiting, entryId: row.entryId },
      },
    ];
  });
}

/**
 * The stories whose source is published and whose `target` version is
 * missing, unpublished or made from an older source revision, oldest wait
 * first. A story without a published translation has waited since its
 * source's first publish; an outdated one since the source's publish of
 * the first revision it lacks (from the audit log; the story's last change
 * for entries older than that record).
 */
async function loadStoryQueue(
  target: Locale,
  viewerLocale: Locale,
  limit: number,
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
      live: null,
    })),
  };
}
