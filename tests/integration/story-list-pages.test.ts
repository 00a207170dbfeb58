import type { Locale } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadAuthorPage } from "@/lib/authors/author-page-data";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { STORIES_PER_PAGE, loadLatest, publishedLocales, type ListScope } from "@/lib/stories/story-lists";
import { loadTopicPage } from "@/lib/topics/topic-page-data";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;

seedDemoDatabaseForEachTest((client) => (prisma = client));

interface Bulk {
  sectionId: number;
  topicId: number;
  authorId: number;
}

/**
 * `count` published English stories in one section, topic and author, three
 * to a minute (so that the order must fall back on the id), and one Arabic
 * draft that no English list may show.
 */
async function addPublished(count: number): Promise<Bulk> {
  const section = await prisma.section.findFirstOrThrow({ orderBy: { position: "desc" } });
  const topic = await prisma.topic.create({
    data: { key: "bulk-topic", translations: { create: { locale: "en", name: "Bulk", slug: "bulk" } } },
  });
  const author = await prisma.author.create({
    data: { key: "bulk-author", translations: { create: { locale: "en", name: "Bulk Writer" } } },
  });
  await prisma.$executeRaw`
    WITH stories AS (
      INSERT INTO "Story" (key, "sourceLocale", "sectionId")
      SELECT 'bulk-' || n, 'en', ${section.id} FROM generate_series(1, ${count}) AS n
      RETURNING id, key),
    topics AS (INSERT INTO "StoryTopic" ("storyId", "topicId") SELECT id, ${topic.id} FROM stories),
    authors AS (INSERT INTO "StoryAuthor" ("storyId", "authorId") SELECT id, ${author.id} FROM stories)
    INSERT INTO "StoryTranslation" ("storyId", locale, slug, headline, dek, body, status, "publishedAt")
    SELECT id, 'en', key, 'Bulk ' || key, '', '', 'PUBLISHED',
      timestamp '2030-01-01' + (id / 3) * interval '1 minute'
    FROM stories`;
  const draft = await prisma.story.findFirstOrThrow({ where: { key: "bulk-1" } });
  await prisma.storyTranslation.create({
    data: { storyId: draft.id, locale: "ar", slug: "مسودة", headline: "مسودة", dek: "", body: "" },
  });
  return { sectionId: section.id, topicId: topic.id, authorId: author.id };
}

function publishedIn(locale: Locale, scope: ListScope) {
  const story =
    scope === null
      ? undefined
      : "sectionId" in scope
        ? { sectionId: scope.sectionId }
        : "topicId" in scope
          ? { topics: { some: { topicId: scope.topicId } } }
          : { authors: { some: { authorId: scope.authorId } } };
  return { locale, status: "PUBLISHED" as const, ...(story ? { story } : {}) };
}

/** What OFFSET over the whole rows answers: the reference every page must equal. */
async function offsetPage(locale: Locale, scope: ListScope, page: number): Promise<number[]> {
  const rows = await prisma.storyTranslation.findMany({
    where: publishedIn(locale, scope),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * STORIES_PER_PAGE,
    take: STORIES_PER_PAGE,
    select: { storyId: true },
  });
  return rows.map((row) => row.storyId);
}

describe("reading lists at any depth", () => {
  it("show on every page exactly what OFFSET would, from either end of the list", async () => {
    const bulk = await addPublished(95);
    const scopes: ListScope[] = [
      null,
      { sectionId: bulk.sectionId },
      { topicId: bulk.topicId },
      { authorId: bulk.authorId },
    ];
    for (const scope of scopes) {
      const first = await loadLatest("en", 1, scope);
      const total = await prisma.storyTranslation.count({ where: publishedIn("en", scope) });
      expect(total, JSON.stringify(scope)).toBeGreaterThanOrEqual(95);
      expect(first.pageCount).toBe(Math.ceil(total / STORIES_PER_PAGE));
      for (let page = 1; page <= first.pageCount; page++) {
        const shown = await loadLatest("en", page, scope);
        expect(shown.pageCount).toBe(first.pageCount);
        expect(
          shown.stories.map((story) => story.storyId),
          `${JSON.stringify(scope)} page ${page}`,
        ).toEqual(await offsetPage("en", scope, page));
      }
      expect((await loadLatest("en", first.pageCount + 1, scope)).stories).toEqual([]);
    }
  });

  it("count a topic's and an author's stories per language, and have no page past the last", async () => {
    const bulk = await addPublished(95);
    const topicPage = await loadTopicPage("en", "bulk", 1);
    expect(topicPage?.pageCount).toBe(10);
    expect((await loadTopicPage("en", "bulk", 10))?.stories).toHaveLength(5);
    expect(await loadTopicPage("en", "bulk", 11)).toBeNull();
    expect((await loadAuthorPage("en", "bulk-author", 10))?.stories).toHaveLength(5);
    expect(await loadAuthorPage("en", "bulk-author", 11)).toBeNull();
    // The Arabic version is a draft: no Arabic page, no Arabic pair.
    expect(await publishedLocales({ topicId: bulk.topicId })).toEqual(["en"]);
    expect(await publishedLocales({ authorId: bulk.authorId })).toEqual(["en"]);
    await prisma.storyTranslation.updateMany({
      where: { locale: "ar", slug: "مسودة" },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    expect(await publishedLocales({ topicId: bulk.topicId })).toEqual(["en", "ar"]);
    // Published in Arabic, but the topic has no Arabic name: still no Arabic page.
    expect(await loadTopicPage("ar", "bulk", 1)).toBeNull();
  });
});
