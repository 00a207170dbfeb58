import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { createStory, updateStoryDetails } from "@/lib/newsroom/editor/story-details";
import { listSectionChoices } from "@/lib/newsroom/lists/story-table";
import { createSection, renameSection } from "@/lib/sections/section-commands";
import { moveSection, retireSection } from "@/lib/sections/section-lifecycle";
import { querySitemapListing } from "@/lib/seo/sitemap-entries";
import { querySections, querySectionSuccessor } from "@/lib/stories/sections";
import { loadStoryPage } from "@/lib/stories/story-page-data";
import { sections } from "@/prisma/content/sections";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let admin: NewsroomUser;
let editor: NewsroomUser;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  admin = await createMember(prisma, "ADMIN", "admin@example.com");
  editor = await createMember(prisma, "EDITOR", "editor@example.com");
});

const culture = sections.find((section) => section.key === "culture")!;
const business = sections.find((section) => section.key === "business")!;
const sectionIdOf = async (key: string) => (await prisma.section.findUniqueOrThrow({ where: { key } })).id;
const menu = async (locale: "en" | "ar") =>
  (await querySections()).flatMap((section) => section.names[locale]?.slug ?? []);

const sport = {
  en: { name: "Sport", slug: "" },
  ar: { name: "رياضة", slug: "" },
};

describe("who keeps the sections", () => {
  it("refuses editors every change, and a refused change leaves no trace", async () => {
    const id = await sectionIdOf(culture.key);
    const audited = await prisma.auditEntry.count();
    expect(await createSection(editor, sport)).toEqual({ ok: false, kind: "forbidden" });
    expect(await renameSection(editor, id, sport)).toEqual({ ok: false, kind: "forbidden" });
    expect(await moveSection(editor, id, "up")).toEqual({ ok: false, kind: "forbidden" });
    expect(await retireSection(editor, id)).toEqual({ ok: false, kind: "forbidden" });
    expect(await retireSection(null, id)).toEqual({ ok: false, kind: "forbidden" });
    expect(await menu("en")).toEqual(sections.map((section) => section.slugs.en));
    expect(await prisma.auditEntry.count()).toBe(audited);
  });
});

describe("adding and renaming sections", () => {
  it("adds a section last in both languages' menus, slugs made from the names, audited, purging the menu", async () => {
    const created = await createSection(admin, sport);
    expect(created).toMatchObject({
      ok: true,
      tags: expect.arrayContaining(["sections", "lists:en", "lists:ar"]),
    });
    expect((await menu("en")).at(-1)).toBe("sport");
    expect((await menu("ar")).at(-1)).toBe("رياضة");
    const listing = (await querySitemapListing("ar")).listing.map((entry) => entry.path);
    expect(listing).toContain(`/ar/section/${encodeURIComponent("رياضة")}`);
    expect(
      await prisma.auditEntry.findMany({
        where: { action: { startsWith: "section." } },
        select: { action: true, subject: true },
      }),
    ).toEqual([{ action: "section.create", subject: `section:${created.ok ? created.sectionId : 0}` }]);
  });

  it("needs a name in both languages and checks each field", async () => {
    expect(await createSection(admin, { en: sport.en })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { ar: { name: "required" } },
    });
    expect(await createSection(admin, { en: { name: "S".repeat(41), slug: "a--b" }, ar: sport.ar })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { en: { name: "tooLong", slug: "slugInvalid" } },
    });
  });

  it("refuses a slug another section holds, retired sections included", async () => {
    expect(await createSection(admin, { ...sport, ar: { name: "رياضة", slug: culture.slugs.ar } })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { ar: { slug: "slugTaken" } },
    });
    await retireSection(admin, await sectionIdOf(culture.key));
    expect(await createSection(admin, { ...sport, en: { name: "Culture", slug: "" } })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { en: { slug: "slugTaken" } },
    });
  });

  it("renames a section: its old slug answers with its new one, and no other section may take it", async () => {
    const id = await sectionIdOf(business.key);
    const renamed = await renameSection(admin, id, {
      en: { name: "Economy", slug: "" },
      ar: { name: business.names.ar, slug: business.slugs.ar },
    });
    expect(renamed).toMatchObject({ ok: true, sectionId: id });
    expect(await menu("en")).toContain("economy");
    expect(await querySectionSuccessor("en", business.slugs.en)).toEqual({ slug: "economy" });
    expect(await querySectionSuccessor("ar", business.slugs.ar)).toBeNull();
    expect(await querySectionSuccessor("en", "never-a-section")).toBeNull();

    expect(await createSection(admin, { ...sport, en: { name: "Sport", slug: business.slugs.en } })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { en: { slug: "slugRetired" } },
    });
    // The section that gave the slug up may take it back; its other old slug then leads there.
    expect(
      await renameSection(admin, id, {
        en: { name: business.names.en, slug: business.slugs.en },
        ar: { name: business.names.ar, slug: business.slugs.ar },
      }),
    ).toMatchObject({ ok: true });
    expect(await querySectionSuccessor("en", "economy")).toEqual({ slug: business.slugs.en });
    expect(await querySectionSuccessor("en", business.slugs.en)).toBeNull();
  });
});

describe("ordering sections", () => {
  it("moves a section one place up or down the menus, and not past either end", async () => {
    const first = sections[0]!;
    const second = sections[1]!;
    expect(await moveSection(admin, await sectionIdOf(second.key), "up")).toMatchObject({ ok: true });
    expect((await menu("en")).slice(0, 2)).toEqual([second.slugs.en, first.slugs.en]);
    expect(await moveSection(admin, await sectionIdOf(second.key), "up")).toMatchObject({ ok: true });
    expect((await menu("en")).slice(0, 2)).toEqual([second.slugs.en, first.slugs.en]);
    expect(await moveSection(admin, await sectionIdOf(second.key), "down")).toMatchObject({ ok: true });
    expect(await menu("en")).toEqual(sections.map((section) => section.slugs.en));
    expect(await prisma.auditEntry.count({ where: { action: "section.move" } })).toBe(2);
  });
});

describe("retiring a section", () => {
  it("takes it out of menus and sitemaps; its addresses lead home; its stories stay readable", async () => {
    const id = await sectionIdOf(culture.key);
    const story = await prisma.story.findFirstOrThrow({
      where: { sectionId: id, translations: { some: { locale: "en", status: "PUBLISHED" } } },
    });
    expect(await retireSection(admin, id)).toMatchObject({
      ok: true,
      tags: expect.arrayContaining(["sections"]),
    });
    expect(await menu("en")).not.toContain(culture.slugs.en);
    expect(await menu("ar")).not.toContain(culture.slugs.ar);
    const listing = (await querySitemapListing("en")).listing.map((entry) => entry.path);
    expect(listing).not.toContain(`/en/section/${culture.slugs.en}`);
    expect(await querySectionSuccessor("en", culture.slugs.en)).toEqual({ slug: null });
    expect(await querySectionSuccessor("ar", culture.slugs.ar)).toEqual({ slug: null });

    // The story's address never named its section: it is still there, naming a section it no longer links.
    const page = await loadStoryPage(story.id, "en");
    expect(page?.section).toEqual({ name: culture.names.en, slug: culture.slugs.en, retired: true });
    expect(await retireSection(admin, id)).toEqual({ ok: false, kind: "not-found" });
    expect(await renameSection(admin, id, sport)).toEqual({ ok: false, kind: "not-found" });
  });

  it("is never offered for new stories, while a story already in it may stay", async () => {
    const id = await sectionIdOf(culture.key);
    const story = await prisma.story.findFirstOrThrow({ where: { sectionId: id } });
    await retireSection(admin, id);
    expect((await listSectionChoices("en")).map((choice) => choice.id)).not.toContain(id);
    expect((await listSectionChoices("en", story.sectionId)).map((choice) => choice.id)).toContain(id);
    expect((await listSectionChoices("en", "all")).map((choice) => choice.id)).toContain(id);
    const created = await createStory(editor, {
      sourceLocale: "en",
      sectionId: id,
      authorIds: [],
      image: null,
      fields: {
        slug: "retired-section-story",
        headline: "A headline",
        dek: "A dek",
        body: "A body.",
        leadImageAlt: "",
      },
    });
    expect(created).toMatchObject({ ok: false, kind: "invalid", errors: { section: "required" } });
    const other = await prisma.story.findFirstOrThrow({ where: { sectionId: { not: id } } });
    const move = { authorIds: [], image: null, sectionId: id };
    expect(await updateStoryDetails(editor, { storyId: other.id, ...move })).toMatchObject({
      kind: "invalid",
    });
    expect(await updateStoryDetails(editor, { storyId: story.id, ...move })).toMatchObject({ ok: true });
  });

  it("keeps the last section readers see", async () => {
    const ids = await Promise.all(sections.map((section) => sectionIdOf(section.key)));
    for (const id of ids.slice(1)) expect(await retireSection(admin, id)).toMatchObject({ ok: true });
    expect(await retireSection(admin, ids[0]!)).toEqual({ ok: false, kind: "last-section" });
    expect(await menu("en")).toEqual([sections[0]!.slugs.en]);
  });
});
