import "server-only";
import { routing, type AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/stories/cache-tags";
import { cachedRead } from "@/lib/stories/cached-read";
import { summaryInclude, toStorySummary } from "@/lib/stories/row-mappers";
import type { FeedStory, StoryListPage, StorySummary } from "@/lib/stories/story-types";
import { toCorrectionNote } from "@/lib/newsroom/correction-fields";

export const STORIES_PER_PAGE = 10;
export const STORIES_PER_FEED = 30;

/** Which stories a list holds: all of a locale's, or one section's, topic's or author's. */
export type ListScope = null | { sectionId: number } | { topicId: number } | { authorId: number };

function scopeFilter(scope: ListScope) {
  if (scope === null) return {};
  if ("sectionId" in scope) return { story: { sectionId: scope.sectionId } };
  if ("topicId" in scope) return { story: { topics: { some: { topicId: scope.topicId } } } };
  return { story: { authors: { some: { authorId: scope.authorId } } } };
}

function scopeKey(scope: ListScope): string {
  if (scope === null) return "all";
  if ("sectionId" in scope) return `section:${scope.sectionId}`;
  return "topicId" in scope ? `topic:${scope.topicId}` : `author:${scope.authorId}`;
}

export async function loadLatest(
  locale: AppLocale,
  page: number,
  scope: ListScope,
  perPage = STORIES_PER_PAGE,
): Promise<StoryListPage> {
  const where = { locale, status: "PUBLISHED" as const, ...scopeFilter(scope) };
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

/** The locales that have at least one published story in `scope`, in routing order. */
export async function publishedLocales(scope: ListScope): Promise<AppLocale[]> {
  const rows = await db().storyTranslation.groupBy({
    by: ["locale"],
    where: { status: "PUBLISHED", ...scopeFilter(scope) },
  });
  return routing.locales.filter((locale) => rows.some((row) => row.locale === locale));
}

/** Newest published stories in a locale, optionally within one section or topic. */
export function getLatestStories(
  locale: AppLocale,
  page: number,
  scope: ListScope = null,
): Promise<StoryListPage> {
  return cachedRead(
    { name: "latest", args: [locale, page, scopeKey(scope)], tags: [cacheTags.lists(locale)] },
    () => loadLatest(locale, page, scope),
  );
}

/** The newest stories for a locale's (or a section's, or a topic's) feed. */
/**
 * A feed's newest stories, each with its latest correction or update note:
 * a note changes the item a feed reader already holds.
 */
export async function loadFeedStories(locale: AppLocale, scope: ListScope): Promise<FeedStory[]> {
  const rows = await db().storyTranslation.findMany({
    where: { locale, status: "PUBLISHED", ...scopeFilter(scope) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: STORIES_PER_FEED,
    include: { ...summaryInclude, corrections: { orderBy: { id: "desc" }, take: 1 } },
  });
  return rows.map((row) => ({
    ...toStorySummary(row),
    latestNote: row.corrections[0] ? toCorrectionNote(row.corrections[0]) : null,
  }));
}

export async function getFeedStories(locale: AppLocale, scope: ListScope): Promise<{ stories: FeedStory[] }> {
  const stories = await cachedRead(
    { name: "feed", args: [locale, scopeKey(scope)], tags: [cacheTags.lists(locale)] },
    () => loadFeedStories(locale, scope),
  );
  return { stories };
}

/** Summaries of the given translations, in the order of `ids` (a ranking made in SQL). */
export async function loadSummariesInOrder(ids: number[]): Promise<StorySummary[]> {
  const rows = await db().storyTranslation.findMany({ where: { id: { in: ids } }, include: summaryInclude });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toStorySummary(row)] : [];
  });
}
