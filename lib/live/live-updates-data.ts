import "server-only";
import type { Locale } from "next-intl";
import { getLiveEntries } from "@/lib/live/live-page-data";
import type { LiveEntriesPage } from "@/lib/live/live-types";
import type { LiveUpdates } from "@/lib/live/live-updates";
import { getPublishedSlug, getStoryPage } from "@/lib/stories/story-page-data";
import type { StoryPage } from "@/lib/stories/story-types";

/** The updates answer of a story's page and first page of entries; null unless it is a live page. */
export function liveUpdatesOf(story: StoryPage | null, entries: LiveEntriesPage | null): LiveUpdates | null {
  if (story?.kind !== "live" || entries === null) return null;
  return {
    ended: story.liveEndedAt !== null,
    ids: [...entries.pinned, ...entries.entries].map((entry) => entry.id),
  };
}

/** The updates answer of a live page published in `locale`, from the reading pages' cache; null for any other story or none. */
export async function getLiveUpdates(storyId: number, locale: Locale): Promise<LiveUpdates | null> {
  const slug = await getPublishedSlug(storyId, locale);
  const story = slug === null ? null : await getStoryPage(locale, slug);
  if (story?.kind !== "live") return null;
  return liveUpdatesOf(story, await getLiveEntries(storyId, locale, 1));
}
