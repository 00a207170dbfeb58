import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadAuthorPage } from "@/lib/authors/author-page-data";
import { querySitemapListing } from "@/lib/seo/sitemap-entries";
import { storyStructuredData } from "@/lib/seo/story-structured-data";
import { loadStoryPage } from "@/lib/stories/story-page-data";
import { authors } from "@/prisma/content/authors";
import { stories } from "@/prisma/content/stories/index";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;

const layla = authors.find((author) => author.key === "layla-khoury")!;
const storiesBy = (key: string, locale: "en" | "ar") =>
  stories.filter((story) => story.authors.includes(key) && story.translations[locale]);

seedDemoDatabaseForEachTest((client) => (prisma = client));

describe("author pages", () => {
  it("show the author's name, bio and portrait in the page's language, and their stories", async () => {
    const page = await loadAuthorPage("ar", layla.key, 1);
    expect(page).toMatchObject({
      name: layla.names.ar,
      bio: layla.bios.ar,
      photo: { width: 240, height: 240 },
    });
    expect(page?.stories.map((story) => story.slug).sort()).toEqual(
      storiesBy(layla.key, "ar")
        .map((story) => story.translations.ar!.slug)
        .sort(),
    );
    expect(page?.locales).toEqual(
      (["en", "ar"] as const).filter((locale) => storiesBy(layla.key, locale).length > 0),
    );
  });

  it("do not exist for an unknown author, or where the author has nothing published", async () => {
    expect(await loadAuthorPage("en", "nobody", 1)).toBeNull();
    const storyIds = (
      await prisma.storyAuthor.findMany({ where: { author: { key: layla.key } }, select: { storyId: true } })
    ).map((row) => row.storyId);
    await prisma.storyTranslation.updateMany({
      where: { storyId: { in: storyIds }, locale: "en" },
      data: { status: "DRAFT" },
    });
    expect(await loadAuthorPage("en", layla.key, 1)).toBeNull();
    expect((await loadAuthorPage("ar", layla.key, 1))?.locales).toEqual(["ar"]);
  });

  it("are what a story's byline and its JSON-LD Person point to", async () => {
    const story = storiesBy(layla.key, "en")[0]!;
    const id = (await prisma.story.findUniqueOrThrow({ where: { key: story.key } })).id;
    const page = (await loadStoryPage(id, "en"))!;
    expect(page.authors).toContainEqual({ name: layla.names.en, key: layla.key });
    const [article] = storyStructuredData(page, { publisher: "Levant Times", home: "Home" });
    expect(article!["author"]).toContainEqual({
      "@type": "Person",
      name: layla.names.en,
      url: expect.stringMatching(new RegExp(`/en/authors/${layla.key}$`)),
    });
  });

  it("are in the sitemaps with their language pairs", async () => {
    const entries = (await querySitemapListing("ar")).listing;
    const entry = entries.find((each) => each.path === `/ar/authors/${layla.key}`);
    expect(entry?.versions.map((version) => version.path).sort()).toEqual(
      [`/ar/authors/${layla.key}`, `/en/authors/${layla.key}`].sort(),
    );
  });
});
