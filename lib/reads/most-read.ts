import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { cachedRead } from "@/lib/stories/cached-read";
import { mostReadWindow } from "@/lib/reads/most-read-window";
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
 * Cached per refresh window (MOST_READ_REFRESH_SECONDS, 5 minutes by
 * default): the key carries the window's start, so a list is never served
 * past its window, and a publish, unpublish or headline change drops it at
 * once. Reads are counted per hour but summed here up to the current
 * hour, so a read counts from the next window on, not the next hour.
 */
export function getMostRead(locale: Locale, now = new Date()): Promise<StorySummary[]> {
  const window = mostReadWindow(now, env.MOST_READ_REFRESH_SECONDS);
  return cachedRead(
    {
      name: "most-read",
      args: [locale, window.start.toISOString()],
      tags: [cacheTags.lists(locale), cacheTags.mentions(locale)],
      revalidate: env.MOST_READ_REFRESH_SECONDS,
    },
    () => queryMostRead(locale, now),
  );
}

/** How long the proxy may keep the most-read fragment rendered at `now`: until its window ends. */
export function mostReadLifetimeSeconds(now: Date): number {
  return mostReadWindow(now, env.MOST_READ_REFRESH_SECONDS).secondsLeft;
}
