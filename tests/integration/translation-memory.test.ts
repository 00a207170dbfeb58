import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { changeStatus } from "@/lib/newsroom/workflow/change-status";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { lookupMemory } from "@/lib/translation-memory/lookup";
import { refreshStoryMemory } from "@/lib/translation-memory/memory-store";
import { editedCases, unrelatedCases } from "@/tests/support/memory-quality-set";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "editor@example.com");
});

async function storyId(key: string) {
  return (await prisma.story.findUniqueOrThrow({ where: { key } })).id;
}

describe("translation memory", () => {
  it("holds the demo's published pairs in both directions", async () => {
    const id = await storyId("aid-conference");
    const [toArabic] = await lookupMemory(
      ["Donors pledge $2.4 billion for displaced families at Beirut aid conference"],
      "en",
      "ar",
    );
    expect(toArabic![0]).toMatchObject({ match: 100, storyId: id });
    const [toEnglish] = await lookupMemory([toArabic![0]!.targetText], "ar", "en");
    expect(toEnglish![0]!.targetText).toBe(
      "Donors pledge $2.4 billion for displaced families at Beirut aid conference",
    );
    expect(toEnglish![0]!.match).toBe(100);
  });

  it("matches Arabic across spelling variants as exact", async () => {
    const headline = (await prisma.storyTranslation.findFirstOrThrow({
      where: { story: { key: "aid-conference" }, locale: "ar" },
    }))!.headline;
    // Hamza on alef dropped, ta marbuta as ha, a tatweel: the same headline to a reader.
    const variant = headline.replace(/أ/g, "ا").replace(/ة/g, "ه").replace(" ", "ـ ");
    expect(variant).not.toBe(headline);
    const [found] = await lookupMemory([variant], "ar", "en");
    expect(found![0]!.match).toBe(100);
  });

  it("forgets a translation when it is withdrawn and learns it again when it is published", async () => {
    const id = await storyId("aid-conference");
    const count = () => prisma.memorySegment.count({ where: { storyId: id } });
    const before = await count();
    expect(before).toBeGreaterThan(20);
    const other =
      (await prisma.story.findUniqueOrThrow({ where: { id } })).sourceLocale === "en" ? "ar" : "en";
    expect(
      (await changeStatus(editor, { storyId: id, locale: other, step: "unpublish", confirmed: true })).ok,
    ).toBe(true);
    expect(await count()).toBe(0);
    expect((await changeStatus(editor, { storyId: id, locale: other, step: "publish" })).ok).toBe(true);
    expect(await count()).toBe(before);
  });

  it("meets the match-quality bar on the demo's pairs", async () => {
    const edited = editedCases();
    expect(edited.length).toBeGreaterThan(100);
    const results = await Promise.all(
      edited.map(async (c) => (await lookupMemory([c.query], c.sourceLocale, c.targetLocale))[0]![0]),
    );
    const misses = edited.filter((c, i) => results[i]?.targetText !== c.expected || results[i]!.match < 70);
    expect(misses.map((c) => `${c.storyKey}/${c.edit}: ${c.query}`)).toEqual([]);

    // Each story's own pairs out, its paragraphs must find nothing of 50% or more elsewhere.
    const unrelated = unrelatedCases();
    for (const key of new Set(unrelated.map((c) => c.storyKey))) {
      await prisma.memorySegment.deleteMany({ where: { storyId: await storyId(key) } });
      const own = unrelated.filter((c) => c.storyKey === key);
      for (const c of own) {
        const [found] = await lookupMemory([c.query], c.sourceLocale, c.targetLocale);
        expect(found, `${key}: ${c.query}`).toEqual([]);
      }
      // The next story is asked against a memory that holds this one again.
      await refreshStoryMemory(prisma, await storyId(key));
    }
  });
});
