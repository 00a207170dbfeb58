import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { changeStatus } from "@/lib/newsroom/workflow/change-status";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { saveTranslation } from "@/lib/newsroom/workflow/save-translation";
import { createStory } from "@/lib/newsroom/editor/story-details";
import { loadLatestTranslations, loadTimeToTranslation } from "@/lib/translation-desk/time-to-translation";
import { loadTranslationQueue } from "@/lib/translation-desk/translation-queue";
import { createMember } from "@/tests/setup/newsroom-member";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";

let prisma: PrismaClient;
let editor: NewsroomUser;

seedDemoDatabaseForEachTest((client) => (prisma = client));

beforeEach(async () => {
  editor = await createMember(prisma, "EDITOR", "editor@example.com");
});

// Far from the demo stories' dates, so that only this test's publishes fall in the windows.
const NOW = new Date("2031-03-31T12:00:00Z");
const HOUR = 3_600_000;
const before = (hours: number) => new Date(NOW.getTime() - hours * HOUR);

const english = (slug: string) => ({
  slug,
  headline: `Headline ${slug}`,
  dek: "A summary.",
  body: "First paragraph.\n\nSecond paragraph.",
  leadImageAlt: "",
});
const arabic = (slug: string) => ({
  slug: `ar-${slug}`,
  headline: `عنوان ${slug}`,
  dek: "موجز.",
  body: "الفقرة الأولى.\n\nالفقرة الثانية.",
  leadImageAlt: "",
});

async function sectionId(key: string) {
  return (await prisma.section.findUniqueOrThrow({ where: { key } })).id;
}

/** Publishes a version as the workflow does, then moves what it recorded to `when`. */
async function publishAt(storyId: number, locale: "en" | "ar", when: Date) {
  const where = { storyId_locale: { storyId, locale } };
  const firstPublish = (await prisma.storyTranslation.findUniqueOrThrow({ where })).publishedAt === null;
  const result = await changeStatus(editor, { storyId, locale, step: "publish" });
  expect(result.ok).toBe(true);
  if (firstPublish) await prisma.storyTranslation.update({ where, data: { publishedAt: when } });
  const entry = await prisma.auditEntry.findFirstOrThrow({
    where: { subject: `story:${storyId}/${locale}` },
    orderBy: { id: "desc" },
  });
  await prisma.auditEntry.update({ where: { id: entry.id }, data: { createdAt: when } });
}

async function englishStory(slug: string, section: string, publishedAt: Date) {
  const created = await createStory(editor, {
    sourceLocale: "en",
    sectionId: await sectionId(section),
    authorIds: [],
    image: null,
    fields: english(slug),
  });
  if (!created.ok) throw new Error("story not created");
  await publishAt(created.storyId, "en", publishedAt);
  return created.storyId;
}

async function translate(storyId: number, slug: string, publishedAt: Date) {
  const version = await prisma.storyTranslation.findUnique({
    where: { storyId_locale: { storyId, locale: "ar" } },
  });
  const story = await prisma.story.findUniqueOrThrow({ where: { id: storyId } });
  const saved = await saveTranslation(editor, {
    storyId,
    locale: "ar",
    baseRevision: version?.revision ?? null,
    sourceRevision: story.sourceRevision,
    fields: arabic(slug),
  });
  expect(saved.ok).toBe(true);
  await publishAt(storyId, "ar", publishedAt);
}

/** An editor corrects the published English text: a forward draft, published. */
async function editSource(storyId: number, slug: string, publishedAt: Date) {
  const version = await prisma.storyTranslation.findUniqueOrThrow({
    where: { storyId_locale: { storyId, locale: "en" } },
  });
  const story = await prisma.story.findUniqueOrThrow({ where: { id: storyId } });
  const saved = await saveTranslation(editor, {
    storyId,
    locale: "en",
    baseRevision: version.revision,
    sourceRevision: story.sourceRevision,
    fields: { ...english(slug), body: "First paragraph, corrected.\n\nSecond paragraph." },
  });
  expect(saved.ok).toBe(true);
  await publishAt(storyId, "en", publishedAt);
}

const arabicOverall = async () =>
  (await loadTimeToTranslation("en", NOW)).find((row) => row.locale === "ar" && row.sectionId === null)!;

describe("time to translation", () => {
  it("is the median and 90th percentile from the source's first publish to the translation's, per window and section", async () => {
    const quick = await englishStory("quick", "lebanon", before(30));
    await translate(quick, "quick", before(28)); // 2 h
    const slow = await englishStory("slow", "business", before(40));
    await translate(slow, "slow", before(30)); // 10 h
    const older = await englishStory("older", "lebanon", before(20 * 24 + 5));
    await translate(older, "older", before(20 * 24)); // 5 h, 20 days ago

    const overall = await arabicOverall();
    expect(overall.first[7]).toEqual({ count: 2, medianSeconds: 6 * 3600, p90Seconds: 9.2 * 3600 });
    expect(overall.first[30]).toEqual({ count: 3, medianSeconds: 5 * 3600, p90Seconds: 9 * 3600 });

    const rows = await loadTimeToTranslation("en", NOW);
    const lebanon = rows.find((row) => row.locale === "ar" && row.section === "Lebanon")!;
    expect(lebanon.first[7]).toMatchObject({ count: 1, medianSeconds: 2 * 3600 });
    expect(lebanon.first[30]).toMatchObject({ count: 2 });
    // Story by story, newest first.
    const latest = await loadLatestTranslations("ar", 3);
    expect(latest.map((row) => [row.storyId, row.waitedSeconds])).toEqual([
      [quick, 2 * 3600],
      [slow, 10 * 3600],
      [older, 5 * 3600],
    ]);
    // English translations: none in these windows.
    expect(rows.find((row) => row.locale === "en" && row.sectionId === null)!.first[30].count).toBe(0);
  });

  it("measures how long a translation takes to catch up with a published edit of its source, and queues it meanwhile", async () => {
    const id = await englishStory("edited", "lebanon", before(50));
    await translate(id, "edited", before(48));
    await editSource(id, "edited", before(10));

    const queue = await loadTranslationQueue("ar", "en");
    const waiting = queue.entries.find((entry) => entry.storyId === id)!;
    expect(waiting).toMatchObject({ state: "outdated", headline: "Headline edited", headlineLocale: "en" });
    expect(waiting.waitingSince.toISOString()).toBe(before(10).toISOString());

    await translate(id, "edited", before(9.5));
    const overall = await arabicOverall();
    expect(overall.catchUp[7]).toEqual({ count: 1, medianSeconds: 1800, p90Seconds: 1800 });
    expect((await loadTranslationQueue("ar", "en")).entries.map((entry) => entry.storyId)).not.toContain(id);
  });

  it("queues every published story without a published translation, oldest wait first, in the viewer's language where it can", async () => {
    const recent = await englishStory("recent", "culture", before(2));
    const old = await englishStory("old", "culture", before(70));
    const drafted = await englishStory("drafted", "culture", before(30));
    const version = await prisma.story.findUniqueOrThrow({ where: { id: drafted } });
    expect(
      (
        await saveTranslation(editor, {
          storyId: drafted,
          locale: "ar",
          baseRevision: null,
          sourceRevision: version.sourceRevision,
          fields: arabic("drafted"),
        })
      ).ok,
    ).toBe(true);

    const queue = await loadTranslationQueue("ar", "ar", 500);
    const mine = queue.entries.filter((entry) => [recent, old, drafted].includes(entry.storyId));
    expect(mine.map((entry) => entry.storyId)).toEqual([old, drafted, recent]);
    expect(mine.map((entry) => entry.state)).toEqual(["missing", "DRAFT", "missing"]);
    // The Arabic draft's headline for an Arabic viewer; the English source, marked as such, otherwise.
    expect(mine[1]).toMatchObject({ headline: "عنوان drafted", headlineLocale: "ar" });
    expect(mine[0]).toMatchObject({ headline: "Headline old", headlineLocale: "en", section: "ثقافة" });
    expect(queue.total).toBeGreaterThanOrEqual(3);
    // Stories in Arabic wait for English, not for Arabic.
    const english = await loadTranslationQueue("en", "en", 500);
    expect(english.entries.map((entry) => entry.storyId)).not.toContain(old);
  });
});
