import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { querySections } from "@/lib/stories/sections";
import { loadLatest } from "@/lib/stories/story-lists";
import { findCurrentSlug } from "@/lib/stories/slug-redirects";
import { findStoryId, loadStoryPage } from "@/lib/stories/story-page-data";
import { stories } from "@/prisma/content/stories/index";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;

const bilingual = stories.find((s) => s.translations.en && s.translations.ar)!;
const arabicOnly = stories.find((s) => s.translations.ar && !s.translations.en)!;

async function storyIdOf(key: string): Promise<number> {
  return (await prisma.story.findUniqueOrThrow({ where: { key } })).id;
}

seedDemoDatabaseForEachTest((client) => (prisma = client));

describe("story pages from the database", () => {
  it("shows the Arabic link only when the Arabic translation is published", async () => {
    const id = await storyIdOf(bilingual.key);
    const published = await loadStoryPage(id, "en");
    expect(published?.otherVersions).toEqual([{ locale: "ar", slug: bilingual.translations.ar!.slug }]);

    await prisma.storyTranslation.update({
      where: { storyId_locale: { storyId: id, locale: "ar" } },
      data: { status: "IN_REVIEW" },
    });
    const withDraft = await loadStoryPage(id, "en");
    expect(withDraft?.otherVersions).toEqual([]);
    expect(await findStoryId("ar", bilingual.translations.ar!.slug)).toBeNull();
    expect(await loadStoryPage(id, "ar")).toBeNull();
  });

  it("finds a story by its Arabic-script slug", async () => {
    const slug = arabicOnly.translations.ar!.slug;
    const id = await findStoryId("ar", slug);
    expect(id).toBe(await storyIdOf(arabicOnly.key));
    const page = await loadStoryPage(id!, "ar");
    expect(page?.headline).toBe(arabicOnly.translations.ar!.headline);
    expect(page?.otherVersions).toEqual([]);
    expect(await findStoryId("en", slug)).toBeNull();
  });

  it("names the section and authors in the page's language", async () => {
    const page = await loadStoryPage(await storyIdOf(bilingual.key), "ar");
    expect(page?.section.name).toMatch(/\p{Script=Arabic}/u);
    expect(page?.authors.length).toBeGreaterThan(0);
    for (const author of page!.authors) expect(author.name).toMatch(/\p{Script=Arabic}/u);
  });
});

describe("old slugs", () => {
  const renamed = stories.find((s) => s.translations.en?.formerSlugs?.length)!;

  it("lead to the current slug of the same language version", async () => {
    for (const locale of ["en", "ar"] as const) {
      const version = renamed.translations[locale]!;
      expect(await findCurrentSlug(locale, version.formerSlugs![0]!)).toBe(version.slug);
    }
  });

  it("lead nowhere once that version is unpublished, or from another locale", async () => {
    const oldEnglish = renamed.translations.en!.formerSlugs![0]!;
    expect(await findCurrentSlug("ar", oldEnglish)).toBeNull();
    await prisma.storyTranslation.updateMany({
      where: { story: { key: renamed.key }, locale: "en" },
      data: { status: "DRAFT" },
    });
    expect(await findCurrentSlug("en", oldEnglish)).toBeNull();
  });

  it("are never taken for a current slug", async () => {
    expect(await findCurrentSlug("en", renamed.translations.en!.slug)).toBeNull();
    expect(await findCurrentSlug("en", "no-such-story")).toBeNull();
  });
});

describe("latest stories", () => {
  it("lists only the locale's published stories, newest first", async () => {
    const englishCount = stories.filter((s) => s.translations.en).length;
    const first = await loadLatest("en", 1, null);
    expect(first.pageCount).toBe(Math.ceil(englishCount / 10));
    const dates = first.stories.map((s) => s.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(first.stories.every((s) => s.locale === "en")).toBe(true);

    const id = await storyIdOf(bilingual.key);
    await prisma.storyTranslation.update({
      where: { storyId_locale: { storyId: id, locale: "en" } },
      data: { status: "DRAFT" },
    });
    const all = [...(await loadLatest("en", 1, null)).stories, ...(await loadLatest("en", 2, null)).stories];
    expect(all.map((s) => s.storyId)).not.toContain(id);
    expect(all).toHaveLength(englishCount - 1);
  });

  it("filters by section", async () => {
    const seeded = await prisma.section.findFirstOrThrow({ orderBy: { position: "asc" } });
    const section = (await querySections()).find((s) => s.id === seeded.id)!;
    const expected = stories.filter((s) => s.translations.ar && s.section === seeded.key).length;
    const inSection = await loadLatest("ar", 1, { sectionId: section.id });
    expect(expected).toBeGreaterThan(0);
    expect(inSection.stories).toHaveLength(Math.min(expected, 10));
    expect(inSection.stories.every((s) => s.section.slug === section.names.ar?.slug)).toBe(true);
  });
});
