import { createReadStream, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { importLines } from "@/lib/import/import-lines";
import { refreshStoryMemory } from "@/lib/translation-memory/memory-store";
import { settleImportedTables } from "@/lib/import/settle-imported-tables";
import { stories as demoStories } from "@/prisma/content/stories/index";
import { syntheticStories } from "@/scripts/corpus/synthetic-stories";
import { seedDemoDatabaseForEachTest } from "@/tests/setup/demo-database";
import { testDatabaseUrl } from "@/tests/setup/test-database";
import { installJobQueue } from "@/scripts/server/job-queue";

let prisma: PrismaClient;

const corpus = () => [...syntheticStories({ count: 40, seed: 7 })];

async function counts() {
  const [stories, translations, revisions, authors, topics] = await Promise.all([
    prisma.story.count(),
    prisma.storyTranslation.count(),
    prisma.translationRevision.count(),
    prisma.author.count(),
    prisma.topic.count(),
  ]);
  return { stories, translations, revisions, authors, topics };
}

seedDemoDatabaseForEachTest((client) => (prisma = client));

// A story dated ahead is imported with its schedule's job.
beforeAll(async () => {
  await installJobQueue(testDatabaseUrl());
});

describe("importing stories from JSON Lines", () => {
  it("stores every story with its translations, revisions, authors and topics, and a re-run adds nothing", async () => {
    const lines = corpus().map((story) => JSON.stringify(story));
    const before = await counts();
    const report = await importLines(prisma, lines, { batchSize: 15 });
    expect(report).toEqual({ imported: 40, skipped: 0, refused: [] });
    const after = await counts();
    const translations = corpus().reduce((sum, story) => sum + Object.keys(story.translations).length, 0);
    expect(after.stories - before.stories).toBe(40);
    expect(after.translations - before.translations).toBe(translations);
    expect(after.revisions - before.revisions).toBe(translations);
    expect(after.authors).toBeGreaterThan(before.authors);
    expect(after.topics).toBeGreaterThan(before.topics);

    expect(await importLines(prisma, lines, { batchSize: 15 })).toEqual({
      imported: 0,
      skipped: 40,
      refused: [],
    });
    expect(await counts()).toEqual(after);
  });

  it("puts the imported published pairs in the translation memory, as publishing does", async () => {
    const lines = corpus().map((story) => JSON.stringify(story));
    await importLines(prisma, lines, { batchSize: 15 });
    const bilingual = corpus().find((story) => Object.keys(story.translations).length === 2)!;
    const stored = await prisma.story.findUniqueOrThrow({ where: { key: bilingual.key } });
    const imported = await prisma.memorySegment.findMany({ where: { storyId: stored.id } });
    // The same rows the newsroom builds when a translation is published.
    const rebuilt = await refreshStoryMemory(prisma, stored.id);
    expect(imported.length).toBeGreaterThan(0);
    expect(rebuilt).toBe(imported.length);
    const headline = bilingual.translations[bilingual.sourceLocale]!.headline;
    expect(imported.map((row) => row.sourceText)).toContain(headline);
  });

  it("refuses bad lines by number, whole, and imports the rest", async () => {
    const [first, second, third, fourth, fifth, ...rest] = corpus();
    const takenSlug = demoStories.find((story) => story.translations.en)!.translations.en!.slug;
    const lines = [
      JSON.stringify(first),
      "{ not json",
      JSON.stringify({ ...second, section: "weather" }),
      JSON.stringify({
        ...third,
        translations: { en: { ...third!.translations.en, slug: takenSlug } },
        sourceLocale: "en",
      }),
      JSON.stringify({ ...fourth, key: first!.key }),
      JSON.stringify({
        ...fifth,
        sourceLocale: "en",
        translations: { en: { slug: "deep", headline: "Deep", dek: "Deep", body: `${"> ".repeat(10)}x` } },
      }),
      "",
      ...rest.map((story) => JSON.stringify(story)),
    ];
    const before = await prisma.story.count();
    const report = await importLines(prisma, lines, { batchSize: 4 });
    expect(report.refused.map((each) => each.line)).toEqual([2, 3, 4, 5, 6]);
    expect(report.refused[1]!.problem).toContain("unknown section weather");
    expect(report.refused[2]!.problem).toContain("already used");
    expect(report.refused[3]!.problem).toContain("line 1");
    expect(report.refused[4]!.problem).toContain("translations.en");
    expect(report.imported).toBe(1 + rest.length);
    expect(await prisma.story.count()).toBe(before + 1 + rest.length);
    // Nothing of a refused story is stored, not even its translations.
    for (const refused of [second, third, fifth]) {
      expect(await prisma.story.findUnique({ where: { key: refused!.key } })).toBeNull();
    }
  });

  it("refuses a story filed under a retired section, as the newsroom's pickers offer none", async () => {
    const [retired, current] = corpus();
    await prisma.section.update({ where: { key: retired!.section }, data: { retiredAt: new Date() } });
    const lines = [retired, { ...current, section: retired!.section }].map((story) => JSON.stringify(story));
    const report = await importLines(prisma, lines, { batchSize: 10 });
    expect(report.refused.map((each) => each.line)).toEqual([1, 2]);
    expect(report.refused[0]!.problem).toContain(`section ${retired!.section} is retired`);
    expect(await prisma.story.findUnique({ where: { key: retired!.key } })).toBeNull();
  });

  it("checks a line as the newsroom checks a form: bidi controls, media that exist, a date within a year", async () => {
    const [bidi, media, picture, far, ...rest] = corpus().filter((story) => story.translations.en);
    const english = (story: (typeof rest)[number], changes: object) => ({
      ...story,
      sourceLocale: "en",
      translations: { en: { ...story.translations.en, ...changes } },
    });
    const size = { width: 1200, height: 800 };
    const lines = [
      JSON.stringify(english(bidi!, { headline: "Port \u202Ereopens\u202C today" })),
      JSON.stringify({ ...media, image: { src: `/media/${"0".repeat(64)}`, ...size } }),
      JSON.stringify({ ...picture, image: { src: "/images/not-there.jpg", ...size } }),
      JSON.stringify({ ...far, publishedAt: "2099-01-01T08:00:00Z" }),
      ...rest.slice(0, 2).map((story) => JSON.stringify(story)),
    ];
    const report = await importLines(prisma, lines, { batchSize: 10 });
    expect(report.refused.map((each) => each.line)).toEqual([1, 2, 3, 4]);
    expect(report.refused[0]!.problem).toMatch(/translations\.en: headline/);
    expect(report.refused[1]!.problem).toContain(`/media/${"0".repeat(64)}`);
    expect(report.refused[2]!.problem).toContain("/images/not-there.jpg");
    expect(report.refused[3]!.problem).toMatch(/366 days/);
    expect(report.imported).toBe(2);
  });

  it("imports a story dated in the future as scheduled, not published", async () => {
    const [story] = corpus().filter((each) => Object.keys(each.translations).length === 2);
    const at = new Date(Date.now() + 3 * 86_400_000);
    at.setUTCSeconds(0, 0);
    const report = await importLines(prisma, [JSON.stringify({ ...story, publishedAt: at.toISOString() })]);
    expect(report).toEqual({ imported: 1, skipped: 0, refused: [] });
    const stored = await prisma.story.findUniqueOrThrow({
      where: { key: story!.key },
      include: { translations: true },
    });
    expect(stored.firstPublishedAt).toBeNull();
    expect(stored.translations.map((t) => t.status)).toEqual(["DRAFT", "DRAFT"]);
    const schedules = await prisma.scheduledChange.findMany({
      where: { storyId: stored.id },
      orderBy: { locale: "asc" },
    });
    expect(schedules.map((s) => [s.locale, s.step, s.runAt.toISOString(), s.ranAt])).toEqual([
      ["en", "publish", at.toISOString(), null],
      ["ar", "publish", at.toISOString(), null],
    ]);
    const [row] = await prisma.$queryRaw<{ jobs: bigint }[]>`
      SELECT count(*) AS jobs FROM graphile_worker.jobs WHERE key = ANY(${schedules.map((s) => `schedule:${s.id}`)})`;
    expect(Number(row!.jobs)).toBe(2);
  });

  it("leaves the imported stories ready for readers: visibility recorded and statistics counting them", async () => {
    await importLines(
      prisma,
      corpus().map((story) => JSON.stringify(story)),
      { batchSize: 15 },
    );
    await settleImportedTables(prisma);
    // What the planner and index-only reads see: every page known all-visible, the true row count.
    const [table] = await prisma.$queryRaw<
      { pages: number; visible: number; estimated: number; actual: bigint }[]
    >`
      SELECT relpages AS pages, relallvisible AS visible, reltuples::float8 AS estimated,
        (SELECT count(*) FROM "StoryTranslation") AS actual
      FROM pg_class WHERE oid = '"StoryTranslation"'::regclass`;
    expect(table!.pages).toBeGreaterThan(0);
    expect(table!.visible).toBe(table!.pages);
    expect(table!.estimated).toBe(Number(table!.actual));
  });

  it("reads every line of a file, the first ones included", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "import-")), "stories.jsonl");
    writeFileSync(
      file,
      corpus()
        .map((story) => `${JSON.stringify(story)}\n`)
        .join(""),
    );
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    expect(await importLines(prisma, lines, { batchSize: 15 })).toEqual({
      imported: 40,
      skipped: 0,
      refused: [],
    });
  });
});
