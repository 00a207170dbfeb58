import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/stories/cache-tags";
import { cachedRead } from "@/lib/stories/cached-read";
import { summaryInclude, toStorySummary } from "@/lib/stories/row-mappers";
import type { StoryListPage } from "@/lib/stories/story-types";

export const STORIES_PER_PAGE = 10;
export const STORIES_PER_FEED = 30;

export async function loadLatest(
  locale: AppLocale,
  page: number,
  sectionId: number | null,
  perPage = STORIES_PER_PAGE,
): Promise<StoryListPage> {
  const where = {
    locale,
    status: "PUBLISHED" as const,
    ...(sectionId === null ? {} : { story: { sectionId } }),
  };
  const [rows, total] = await Promise.all([
    db().storyTranslation.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      include: summaryInclude,
    }),
    db().storyTranslation.count({ where }),
  ]);
  return {
    stories: rows.map(toStorySummary),
    page,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
  };
}

/** Newest published stories in a locale, optionally within one section. */
export function getLatestStories(
  locale: AppLocale,
  page: number,
  sectionId: number | null = null,
): Promise<StoryListPage> {
  return cachedRead(
    { name: "latest", args: [locale, page, sectionId], tags: [cacheTags.lists(locale)] },
    () => loadLatest(locale, page, sectionId),
  );
}

/** The newest stories for a locale's (or a section's) feed. */
export function getFeedStories(locale: AppLocale, sectionId: number | null): Promise<StoryListPage> {
  return cachedRead({ name: "feed", args: [locale, sectionId], tags: [cacheTags.lists(locale)] }, () =>
    loadLatest(locale, 1, sectionId, STORIES_PER_FEED),
  );
}
