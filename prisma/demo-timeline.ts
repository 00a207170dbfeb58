import { stories } from "@/prisma/content/stories/index";

const DAY = 24 * 3600 * 1000;

/**
 * The demo stories carry fixed dates from when they were written. Seeding
 * moves the whole timeline forward by whole days so that the newest story
 * is never more than a day old: the home page reads like today's paper and
 * the Google News sitemap (last 48 hours) is never empty. Whole days keep
 * every time of day as written.
 */
export function demoTimeShift(seededAt: Date): number {
  const newest = Math.max(
    ...stories.map((story) => new Date(story.updatedAt ?? story.publishedAt).getTime()),
  );
  return Math.max(0, Math.floor((seededAt.getTime() - newest) / DAY)) * DAY;
}

export function shiftedDate(iso: string, shift: number): Date {
  return new Date(new Date(iso).getTime() + shift);
}
