import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { cacheTags } from "@/lib/stories/cache-tags";
import { cachedRead } from "@/lib/stories/cached-read";
import { summaryInclude, toStorySummary } from "@/lib/stories/row-mappers";
import type { FeedStory, StoryListPage, StorySummary } from "@/lib/stories/story-types";
import { toCorrectionNote } from "@/lib/newsroom/workflow/correction-fields";

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

/**
 * The scope as a condition on the published translations "t" of a locale.
 * Each scope is a semi-join on an index holding both columns (Story's
 * (sectionId, id), StoryTopic's and StoryAuthor's (…, storyId)), so counting
 * and paging read indexes only, never the stories' rows.
 */
function scopeSql(scope: ListScope): Prisma.Sql {
  if (scope === null) return Prisma.empty;
  if ("sectionId" in scope) {
    return Prisma.sql`AND t."storyId" IN (SELECT s.id FROM "Story" s WHERE s."sectionId" = ${scope.sectionId})`;
  }
  if ("topicId" in scope) {
    return Prisma.sql`AND t."storyId" IN (SELECT st."storyId" FROM "StoryTopic" st WHERE st."topicId" = ${scope.topicId})`;
  }
  return Prisma.sql`AND t."storyId" IN (SELECT sa."storyId" FROM "StoryAuthor" sa WHERE sa."authorId" = ${scope.authorId})`;
}

/**
 * The ids of one page, newest first. OFFSET over whole rows cost 64–267 ms
 * from page 5,000 of 100,000 stories on (EXPLAIN ANALYZE): here it walks only the
 * (locale, status, publishedAt, id, storyId) index, without visiting a row
 * (a deferred join: the ten rows are read afterwards by id), and a page in
 * the older half is read from the oldest end, so no page walks more than
 * half the list.
 */
async function pageIds(
  locale: Locale,
  scope: ListScope,
  total: number,
  offset: number,
  perPage: number,
): Promise<number[]> {
  const where = Prisma.sql`t.locale = ${locale}::"Locale" AND t.status = 'PUBLISHED' ${scopeSql(scope)}`;
  if (offset + perPage / 2 <= total / 2) {
    const rows = await db().$queryRaw<{ id: number }[]>`
      SELECT t.id FROM "StoryTranslation" t WHERE ${where}
      ORDER BY t."publishedAt" DESC, t.id DESC LIMIT ${perPage} OFFSET ${offset}`;
    return rows.map((row) => row.id);
  }
  // Rows [offset, offset + perPage) newest first are rows
  // [total - offset - perPage, total - offset) oldest first.
  const fromOldest = total - offset - perPage;
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT t.id FROM "StoryTranslation" t WHERE ${where}
    ORDER BY t."publishedAt" ASC, t.id ASC
    LIMIT ${perPage + Math.min(0, fromOldest)} OFFSET ${Math.max(0, fromOldest)}`;
  return rows.map((row) => row.id).reverse();
}

/** How many published stories a locale has in `scope`, counted on the indexes alone. */
export async function countPublished(locale: Locale, scope: ListScope): Promise<number> {
  const [{ total }] = await db().$queryRaw<[{ total: bigint }]>`
    SELECT count(*) AS total FROM "StoryTranslation" t
    WHERE t.locale = ${locale}::"Locale" AND t.status = 'PUBLISHED' ${scopeSql(scope)}`;
  return Number(total);
}

/**
 * One page of a list, and its page count. A page past the last one has no
 * stories (callers answer 404); the page number itself is bounded by the
 * route (`pageFromParam`).
 */
export async function loadLatest(
  locale: Locale,
  page: number,
  scope: ListScope,
  perPage = STORIES_PER_PAGE,
  counted?: number,
): Promise<StoryListPage> {
  const total = counted ?? (await countPublished(locale, scope));
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const offset = (page - 1) * perPage;
  const ids = offset < total ? await pageIds(locale, scope, total, offset, perPage) : [];
  return { stories: await loadSummariesInOrder(ids), page, pageCount };
}

/**
 * The locales that have at least one published story in `scope`, in routing
 * order. One probe per locale that stops at the first story, instead of
 * counting a topic's or author's whole archive per language.
 */
export async function publishedLocales(scope: ListScope): Promise<Locale[]> {
  const found = await Promise.all(
    routing.locales.map(async (locale) => {
      const [{ found }] = await db().$queryRaw<[{ found: boolean }]>`
        SELECT EXISTS (SELECT 1 FROM "StoryTranslation" t
          WHERE t.locale = ${locale}::"Locale" AND t.status = 'PUBLISHED' ${scopeSql(scope)}) AS found`;
      return found;
    }),
  );
  return routing.locales.filter((_, index) => found[index]);
}

/**
 * A list's count, cached apart from its pages under the pages' own tags, so
 * that a reader or crawler walking a long list counts it once per change,
 * not once per page. Next bypasses an unstable_cache read nested in another,
 * so callers read this first and hand the count to their page's read.
 */
export function getPublishedCount(locale: Locale, scope: ListScope, tags: string[]): Promise<number> {
  return cachedRead({ name: "published-count", args: [locale, scopeKey(scope)], tags }, () =>
    countPublished(locale, scope),
  );
}

/** Newest published stories in a locale, optionally within one section. */
export async function getLatestStories(
  locale: Locale,
  page: number,
  scope: ListScope = null,
): Promise<StoryListPage> {
  const tags = [cacheTags.lists(locale)];
  const total = await getPublishedCount(locale, scope, tags);
  // The count is part of the key: a page is always cut from the list it counted.
  return cachedRead({ name: "latest", args: [locale, page, scopeKey(scope), total], tags }, () =>
    loadLatest(locale, page, scope, STORIES_PER_PAGE, total),
  );
}

/** The newest stories for a locale's (or a section's, or a topic's) feed. */
/**
 * A feed's newest stories, each with its latest correction or update note:
 * a note changes the item a feed reader already holds.
 */
export async function loadFeedStories(locale: Locale, scope: ListScope): Promise<FeedStory[]> {
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

export async function getFeedStories(locale: Locale, scope: ListScope): Promise<{ stories: FeedStory[] }> {
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
