import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  NEWSROOM_STORIES_PER_PAGE,
  listNewsroomStories,
  storyFilterFrom,
  type StoryFilter,
} from "@/lib/newsroom/lists/story-table";
import { VERSION_STATES, versionState } from "@/lib/newsroom/workflow/translation-state";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;

seedDemoDatabaseForEachTest((client) => (prisma = client));

/** Every story id matching the filter, page after page. */
async function allIds(filter: StoryFilter): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const list = await listNewsroomStories("en", { ...filter, page });
    ids.push(...list.rows.map((row) => row.id));
    if (page >= list.pageCount) return ids;
  }
}

/** Bulk stories: `count` English drafts, one a minute, the newest last. */
async function addDrafts(count: number): Promise<void> {
  const section = await prisma.section.findFirstOrThrow();
  await prisma.$executeRaw`
    WITH stories AS (
      INSERT INTO "Story" (key, "sourceLocale", "sectionId", "lastUpdatedAt")
      SELECT 'bulk-' || n, 'en', ${section.id}, timestamp '2030-01-01' + n * interval '1 minute'
      FROM generate_series(1, ${count}) AS n
      RETURNING id, key)
    INSERT INTO "StoryTranslation" ("storyId", locale, slug, headline, dek, body, status)
    SELECT id, 'en', key, 'Bulk draft ' || key, '', '', 'DRAFT' FROM stories`;
}

describe("the newsroom's story list", () => {
  it("filters by status and language in the database exactly as each story's badges read", async () => {
    // One translation outdated, one in review, so that every state occurs.
    const bilingual = await prisma.story.findFirstOrThrow({
      where: { translations: { some: { locale: "ar" } }, sourceLocale: "en" },
    });
    await prisma.story.update({ where: { id: bilingual.id }, data: { sourceRevision: { increment: 1 } } });
    const other = await prisma.storyTranslation.findFirstOrThrow({
      where: { storyId: { not: bilingual.id } },
    });
    await prisma.storyTranslation.update({ where: { id: other.id }, data: { status: "IN_REVIEW" } });
    const stories = await prisma.story.findMany({ include: { translations: true } });
    for (const status of [undefined, ...VERSION_STATES]) {
      for (const locale of [undefined, ...routing.locales]) {
        const expected = stories
          .filter((story) => {
            const states = Object.fromEntries(
              routing.locales.map((each) => [
                each,
                versionState(
                  story,
                  story.translations.find((t) => t.locale === each),
                ),
              ]),
            );
            if (!status) return !locale || states[locale] !== "missing";
            return (locale ? [locale] : routing.locales).some((each) => states[each] === status);
          })
          .map((story) => story.id);
        expect((await allIds({ status, locale })).sort(), `${status} ${locale}`).toEqual(expected.sort());
      }
    }
  });

  it("pages fifty at a time, most recently changed first, and a page past the end shows the last", async () => {
    await addDrafts(120);
    const total = await prisma.story.count();
    const first = await listNewsroomStories("en", {});
    expect([first.rows.length, first.total, first.page]).toEqual([NEWSROOM_STORIES_PER_PAGE, total, 1]);
    expect(first.pageCount).toBe(Math.ceil(total / NEWSROOM_STORIES_PER_PAGE));
    expect(first.rows[0]!.headline).toBe("Bulk draft bulk-120");
    const ids = await allIds({});
    expect(new Set(ids).size).toBe(total);
    const past = await listNewsroomStories("en", storyFilterFrom({ page: "99999" }));
    expect(past.page).toBe(first.pageCount);
    expect(past.rows.map((row) => row.id)).toEqual(
      ids.slice((first.pageCount - 1) * NEWSROOM_STORIES_PER_PAGE),
    );
    for (const page of ["0", "-3", "abc", "1e9", "99999999999"]) {
      expect(storyFilterFrom({ page }).page, page).toBeUndefined();
    }
  });

  it("finds headlines by the text typed, wildcards included as plain characters", async () => {
    await addDrafts(3);
    expect((await listNewsroomStories("en", { q: "bulk-2" })).rows.map((row) => row.headline)).toEqual([
      "Bulk draft bulk-2",
    ]);
    expect((await listNewsroomStories("en", { q: "bulk_2" })).total).toBe(0);
    expect((await listNewsroomStories("en", { q: "100%" })).total).toBe(0);
  });

  it("finds an Arabic headline whatever hamza, alef maqsura, ta marbuta or tashkeel is typed", async () => {
    const section = await prisma.section.findFirstOrThrow();
    const story = await prisma.story.create({
      data: {
        key: "arabic-headline-filter",
        sourceLocale: "ar",
        sectionId: section.id,
        translations: {
          create: {
            locale: "ar",
            slug: "مستشفى-الأطفال",
            headline: "إغلاق مستشفى الأطفال في طرابلس",
            dek: "",
            body: "",
          },
        },
      },
    });
    for (const typed of ["مستشفي", "مستشفى الأطفال", "اغلاق", "مُسْتَشْفَى", "الاطفال في طرابلس"]) {
      expect(
        (await listNewsroomStories("ar", { q: typed })).rows.map((row) => row.id),
        typed,
      ).toEqual([story.id]);
    }
    expect((await listNewsroomStories("ar", { q: "مستشفيات" })).total).toBe(0);
    // A new headline is matched at once: the normalised column is generated by PostgreSQL.
    await prisma.storyTranslation.updateMany({
      where: { storyId: story.id },
      data: { headline: "افتتاح مدرسة في صيدا" },
    });
    expect((await listNewsroomStories("ar", { q: "مستشفي" })).total).toBe(0);
    expect((await listNewsroomStories("ar", { q: "مدرسه" })).rows.map((row) => row.id)).toEqual([story.id]);
  });
});
