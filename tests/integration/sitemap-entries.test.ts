import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { querySitemapListing, querySitemapStories } from "@/lib/seo/sitemap-entries";
import { topics } from "@/prisma/content/topics";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;

seedDemoDatabaseForEachTest((client) => (prisma = client));

describe("sitemaps at any archive size", () => {
  it("count the published stories and split them into consecutive slices without gaps or repeats", async () => {
    const { stories } = await querySitemapListing("en");
    expect(stories).toBe(
      await prisma.storyTranslation.count({ where: { locale: "en", status: "PUBLISHED" } }),
    );
    const whole = await querySitemapStories("en", 0, stories);
    const slices = [
      ...(await querySitemapStories("en", 0, 3)),
      ...(await querySitemapStories("en", 3, 3)),
      ...(await querySitemapStories("en", 6, stories)),
    ];
    expect(slices.map((entry) => entry.path)).toEqual(whole.map((entry) => entry.path));
    expect(new Set(whole.map((entry) => entry.path)).size).toBe(stories);
  });

  it("pair each story with its published version in the other language", async () => {
    const both = await prisma.storyTranslation.findFirstOrThrow({
      where: {
        locale: "ar",
        status: "PUBLISHED",
        story: { translations: { some: { locale: "en", status: "PUBLISHED" } } },
      },
      include: { story: { include: { translations: true } } },
    });
    const entries = await querySitemapStories("ar", 0, 1_000);
    const entry = entries.find((each) => each.path.endsWith(encodeURIComponent(both.slug)));
    expect(entry?.versions.map((version) => version.locale)).toEqual(["en", "ar"]);
  });

  it("name each story's lead image, and none for a story without one", async () => {
    const stories = await prisma.storyTranslation.findMany({
      where: { locale: "en", status: "PUBLISHED" },
      select: { slug: true, story: { select: { leadImageSrc: true } } },
    });
    const entries = await querySitemapStories("en", 0, 1_000);
    const images = new Map(entries.map((entry) => [entry.path, entry.images]));
    const withImage = stories.filter((story) => story.story.leadImageSrc);
    expect(withImage.length).toBeGreaterThan(0);
    for (const story of stories) {
      const path = entries.find((entry) => entry.path.endsWith(`/${encodeURIComponent(story.slug)}`))?.path;
      expect(images.get(path!)).toEqual(story.story.leadImageSrc ? [story.story.leadImageSrc] : []);
    }
  });

  it("date a topic page by the newest change among its published stories in that language", async () => {
    const environment = topics.find((topic) => topic.key === "environment")!;
    const [newest] = await prisma.$queryRaw<{ newest: Date }[]>`
      SELECT max(t."updatedAt") AS newest
      FROM "StoryTopic" st
      JOIN "Topic" topic ON topic.id = st."topicId"
      JOIN "StoryTranslation" t ON t."storyId" = st."storyId"
      WHERE topic.key = 'environment' AND t.locale = 'en' AND t.status = 'PUBLISHED'`;
    const { listing } = await querySitemapListing("en");
    const entry = listing.find((each) => each.path === `/en/tags/${environment.slugs.en}`);
    expect(entry?.lastModified).toBe(newest!.newest.toISOString());
  });
});
