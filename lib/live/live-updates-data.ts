import "server-only";
import type { Locale } from "next-intl";
import { getLiveEntries } from "@/lib/live/live-page-data";
import type { LiveUpdates } from "@/lib/live/live-updates";
import { getPublishedSlug, getStoryPage } from "@/lib/stories/story-page-data";

/** The updates answer of a live page published in `locale`; null for any other story or none. */
export async function getLiveUpdates(storyId: number, locale: Locale): Promise<LiveUpdates | null> {
  const slug = await getPublishedSlug(storyId, locale);
  const story = slug === null ? null : await getStoryPage(locale, slug);
  if (story?.kind !== "live") return null;
  const entries = await getLiveEntries(storyId, locale, 1);
  if (entries === null) return null;
  return {
    ended: story.liveEndedAt !== null,
    ids: [...entries.pinned, ...entries.entries].map((entry) => entry.id),
  };
}
