import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { cachedRead } from "@/lib/stories/cached-read";
import { startOfHour } from "@/lib/reads/read-counting";
import { cacheTags } from "@/lib/stories/cache-tags";
import { loadSummariesInOrder } from "@/lib/stories/story-lists";
import type { StorySummary } from "@/lib/stories/story-types";

export const MOST_READ = 5;

/** A locale's most read published stories over the last 24 hours (this hour and the 23 before it). */
export async function queryMostRead(locale: Locale, now = new Date()): Promise<StorySummary[]> {
  const since = new Date(startOfHour(now).getTime() - 23 * 3_600_000);
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT t.id
    FROM "StoryReadHour" r
    JOIN "StoryTranslation" t ON t."storyId" = r."storyId" AND t.locale = r.locale AND t.status = 'PUBLISHED'
    WHERE r.locale = ${locale}::"Locale" AND r.hour >= ${since}
    GROUP BY t.id
    ORDER BY sum(r.reads) DESC, max(t."publishedAt") DESC
    LIMIT ${MOST_READ}`;
  return loadSummariesInOrder(rows.map((row) => row.id));
}

/**
 * Cached per hour: the key carries the hour, so the list is recomputed once
 * an hour, and at once when a publish or unpublish changes the lists.
 */
export function getMostRead(locale: Locale, now = new Date()): Promise<StorySummary[]> {
  const hour = startOfHour(now).toISOString();
  return cachedRead(
    { name: "most-read", args: [locale, hour], tags: [cacheTags.lists(locale)], revalidate: 3600 },
    () => queryMostRead(locale, now),
  );
}
