// `npm run bench:memory [-- --stories 100000]`: the translation memory at
// scale, and the quality of its matches.
// - A fresh embedded database with the demo content, then a memory filled
//   from the synthetic corpus's own translation pairs: for --stories
//   stories per language (about 0.9 of them bilingual), each pair aligned
//   and stored as a published translation stores it (lib/translation-memory/
//   memory-rows.ts), the stories themselves as bare rows. Its segment count
//   and size are reported.
// - Lookups, timed in this process (lookupMemory, as the editor page calls
//   it, uncached): corpus paragraphs and sentences with one word added
//   (fuzzy hits), exact ones, and text the memory has never seen (the
//   candidate search's worst case). The baseline is an exact-only lookup
//   through the same hash index, in the same run.
// - The editor page of a 30-paragraph story whose paragraphs the memory
//   knows, signed in, against `next start` on this database; its baseline
//   is the editor page of a 30-paragraph story the memory knows nothing of.
// - The match-quality set (tests/support/memory-quality-set.ts) against
//   this full memory: edited demo paragraphs and paragraphs of other stories.
// Ports: BENCH_PORT (3270) for the site, BENCH_PORT + 20000 for PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import cliProgress from "cli-progress";
import pg from "pg";
import { startBenchApp } from "@/bench/support/app-server";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { lookupMemory, memoryKeys, memoryQuery } from "@/lib/translation-memory/lookup";
import { memoryRows, type MemoryRow } from "@/lib/translation-memory/memory-rows";
import { insertMemoryRows, refreshStoryMemory } from "@/lib/translation-memory/memory-store";
import { bodyBlocks } from "@/lib/translation-memory/segments";
import { syntheticStories } from "@/scripts/corpus/synthetic-stories";
import { prepareDatabase } from "@/scripts/prepare-database";
import { editedCases, editParagraph, unrelatedCases } from "@/tests/support/memory-quality-set";
import { CHROMIUM_FLAGS, chromiumPath } from "@/tests/support/debian-chromium";

const { values } = parseArgs({
  options: {
    stories: { type: "string", default: "100000" },
    // Leaves the database directory behind, for EXPLAIN and experiments.
    keep: { type: "boolean", default: false },
  },
});
const PER_LANGUAGE = Math.max(100, Number(values.stories) || 0);
const ONE_LANGUAGE_SHARE = 0.2;
// Each story is in its source language, and in the other one unless it is one-language.
const STORIES = Math.ceil(PER_LANGUAGE / (1 - ONE_LANGUAGE_SHARE / 2));
const PORT = Number(process.env.BENCH_PORT ?? 3270);
const LOOKUPS = 400;
const PAGE_SAMPLES = 15;
const BATCH = 4_000;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const ms = (value: number) => Number(value.toFixed(1));
const summary = (values: number[]) => ({ p50: ms(percentile(values, 50)), p95: ms(percentile(values, 95)) });

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

// The memory's indexes, as the migration creates them: dropped while the
// corpus loads and built once after, as a restore would.
const MEMORY_INDEXES = [
  `CREATE INDEX "MemorySegment_sourceKey_idx" ON "MemorySegment" USING HASH ("sourceKey")`,
  `CREATE INDEX "MemorySegment_bands_idx" ON "MemorySegment" USING GIN ("bands")`,
];

/** Stories as bare rows and the corpus's pairs in the memory; returns sample texts for the lookups. */
async function fillMemory(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const started = performance.now();
  const sectionId = (await client.query<{ id: number }>(`SELECT min(id) AS id FROM "Section"`)).rows[0]!.id;
  const firstId = (
    await client.query<{ id: number }>(
      `INSERT INTO "Story" ("key", "sourceLocale", "sectionId")
       SELECT 'memory-bench-' || g, 'en', $1 FROM generate_series(1, $2) g
       RETURNING id`,
      [sectionId, STORIES],
    )
  ).rows[0]!.id;
  await client.query(`DROP INDEX "MemorySegment_sourceKey_idx", "MemorySegment_bands_idx"`);
  const bar = new cliProgress.SingleBar(
    { format: "memory {bar} {value}/{total} stories, {segments} segments" },
    cliProgress.Presets.shades_classic,
  );
  bar.start(STORIES, 0, { segments: 0 });
  const samples: { paragraphs: string[]; sentences: string[]; locale: "en" | "ar" }[] = [];
  let pending: (MemoryRow & { storyId: number; publishedAt: Date })[] = [];
  const now = new Date();
  let segments = 0;
  let index = 0;
  for (const story of syntheticStories({ count: STORIES, seed: 7, oneLanguageShare: ONE_LANGUAGE_SHARE })) {
    const storyId = firstId + index++;
    const source = story.translations[story.sourceLocale];
    const otherLocale = story.sourceLocale === "en" ? "ar" : "en";
    const target = story.translations[otherLocale];
    if (source && target) {
      const rows = memoryRows({ locale: story.sourceLocale, ...source }, { locale: otherLocale, ...target });
      for (const row of rows) pending.push({ ...row, storyId, publishedAt: now });
      // Samples of what the memory holds: the synthetic "translations" are
      // random text, so only some of their blocks align (a real pair aligns
      // nearly all), and lookups are asked of those.
      if (index % Math.ceil(STORIES / LOOKUPS) === 0) {
        const held = rows.filter((row) => row.sourceLocale === story.sourceLocale);
        const paragraphs = held.filter((row) => row.kind === "BLOCK").map((row) => row.sourceText);
        const sentencesHeld = held.filter((row) => row.kind === "SENTENCE").map((row) => row.sourceText);
        if (paragraphs.length > 0) {
          samples.push({
            paragraphs,
            sentences: sentencesHeld.length > 0 ? sentencesHeld : paragraphs,
            locale: story.sourceLocale,
          });
        }
      }
    }
    if (pending.length >= BATCH) {
      await insertMemoryRows(prisma, pending);
      segments += pending.length;
      pending = [];
    }
    if (index % 500 === 0) bar.update(index, { segments });
  }
  await insertMemoryRows(prisma, pending);
  await prisma.$disconnect();
  segments += pending.length;
  bar.update(STORIES, { segments });
  bar.stop();
  const loadSeconds = (performance.now() - started) / 1000;
  const indexing = performance.now();
  for (const statement of MEMORY_INDEXES) await client.query(statement);
  await client.query(`VACUUM (ANALYZE) "MemorySegment"`);
  const indexSeconds = (performance.now() - indexing) / 1000;
  const size = (
    await client.query<{ count: string; table: string; indexes: string }>(
      `SELECT count(*)::text AS count,
         pg_size_pretty(pg_table_size('"MemorySegment"')) AS table,
         pg_size_pretty(pg_indexes_size('"MemorySegment"')) AS indexes
       FROM "MemorySegment"`,
    )
  ).rows[0]!;
  await client.end();
  return {
    samples,
    figures: {
      segments: Number(size.count),
      tableSize: size.table,
      indexSize: size.indexes,
      loadSeconds: ms(loadSeconds),
      indexSeconds: ms(indexSeconds),
    },
  };
}

async function measureLookups(samples: { paragraphs: string[]; sentences: string[]; locale: "en" | "ar" }[]) {
  const pick = <T>(items: T[], n: number) => items[n % items.length]!;
  const other = (locale: "en" | "ar") => (locale === "en" ? "ar" : "en");
  const kinds: Record<string, { text: string; locale: "en" | "ar" }[]> = {
    exact: samples.map((s, i) => ({ text: pick(s.paragraphs, i), locale: s.locale })),
    editedParagraph: samples.map((s, i) => ({
      text: editParagraph(pick(s.paragraphs, i + 1), s.locale, "word")!,
      locale: s.locale,
    })),
    editedSentence: samples.map((s, i) => ({
      text: editParagraph(pick(s.sentences, i), s.locale, "word")!,
      locale: s.locale,
    })),
    unseen: [...syntheticStories({ count: samples.length, seed: 99 })].map((story) => ({
      text: bodyBlocks(story.translations[story.sourceLocale]!.body)[0]!.text,
      locale: story.sourceLocale,
    })),
  };
  const figures: Record<string, { p50: number; p95: number; found: string }> = {};
  if (values.keep) {
    for (const [kind, list] of Object.entries(kinds)) {
      const q = list[0]!;
      const { keys, bands } = memoryKeys([q.text], q.locale, other(q.locale));
      const plan = await db().$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${memoryQuery(keys, bands, q.locale, other(q.locale))}`,
      );
      console.log(kind, plan.map((line) => line["QUERY PLAN"]).join("\n"));
    }
  }
  // A warm-up pass, so every kind is measured with the same pages in memory.
  for (const list of Object.values(kinds))
    for (const q of list) await lookupMemory([q.text], q.locale, other(q.locale));
  for (const [kind, list] of Object.entries(kinds)) {
    const times: number[] = [];
    let found = 0;
    for (const q of list) {
      const [result, elapsed] = await timed(() => lookupMemory([q.text], q.locale, other(q.locale)));
      times.push(elapsed);
      if ((result[0]?.length ?? 0) > 0) found++;
    }
    figures[kind] = { ...summary(times), found: `${found}/${list.length}` };
  }
  return figures;
}

/** The share of the quality set that meets the bar, against this full memory. */
async function measureQuality(url: string) {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const edited = editedCases();
  const matches: number[] = [];
  let firstAndAbove70 = 0;
  for (const c of edited) {
    const [found] = await lookupMemory([c.query], c.sourceLocale, c.targetLocale);
    const first = found![0];
    matches.push(first?.targetText === c.expected ? first.match : 0);
    if (first?.targetText === c.expected && first.match >= 70) firstAndAbove70++;
  }
  const unrelated = unrelatedCases();
  const best: number[] = [];
  for (const key of new Set(unrelated.map((c) => c.storyKey))) {
    const { id } = await prisma.story.findUniqueOrThrow({ where: { key }, select: { id: true } });
    await prisma.memorySegment.deleteMany({ where: { storyId: id } });
    for (const c of unrelated.filter((each) => each.storyKey === key)) {
      const [found] = await lookupMemory([c.query], c.sourceLocale, c.targetLocale);
      best.push(found![0]?.match ?? 0);
    }
    await refreshStoryMemory(prisma, id);
  }
  await prisma.$disconnect();
  return {
    edited: {
      cases: edited.length,
      firstSuggestionAtLeast70: `${firstAndAbove70}/${edited.length}`,
      medianMatch: percentile(matches, 50),
      lowestMatch: Math.min(...matches),
    },
    unrelated: {
      cases: unrelated.length,
      under50: `${best.filter((match) => match < 50).length}/${unrelated.length}`,
      highestMatch: Math.max(...best),
    },
  };
}

/** Two 30-paragraph English stories, published, Arabic missing: one the memory knows, one it does not. */
async function editorStories(url: string, samples: { paragraphs: string[]; locale: "en" | "ar" }[]) {
  const english = samples.filter((s) => s.locale === "en").flatMap((s) => s.paragraphs);
  const known = english.slice(0, 30).map((text) => editParagraph(text, "en", "word")!);
  const unseenStories = [...syntheticStories({ count: 40, seed: 123 })].filter(
    (s) => s.sourceLocale === "en",
  );
  const unseen = unseenStories
    .flatMap((s) => bodyBlocks(s.translations.en!.body).map((b) => b.text))
    .slice(0, 30);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const ids: number[] = [];
  for (const [name, paragraphs] of [
    ["known", known],
    ["unseen", unseen],
  ] as const) {
    const story = await client.query<{ id: number }>(
      `INSERT INTO "Story" ("key", "sourceLocale", "sectionId", "firstPublishedAt")
       SELECT $1, 'en', min(id), now() FROM "Section" RETURNING id`,
      [`memory-bench-editor-${name}`],
    );
    const id = story.rows[0]!.id;
    const translation = await client.query<{ id: number }>(
      `INSERT INTO "StoryTranslation" ("storyId", locale, slug, headline, dek, body, status, "publishedAt")
       VALUES ($1, 'en', $2, $3, $4, $5, 'PUBLISHED', now()) RETURNING id`,
      [id, `memory-bench-${name}`, `Thirty paragraphs (${name})`, "A summary.", paragraphs.join("\n\n")],
    );
    await client.query(
      `INSERT INTO "TranslationRevision" ("translationId", number, slug, headline, dek, body, "leadImageAlt", "sourceRevision")
       SELECT id, 1, slug, headline, dek, body, '', 1 FROM "StoryTranslation" WHERE id = $1`,
      [translation.rows[0]!.id],
    );
    ids.push(id);
  }
  await client.end();
  return { known: ids[0]!, unseen: ids[1]! };
}

async function measureEditorPages(origin: string, stories: { known: number; unseen: number }) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await page.goto("/en/newsroom/sign-in");
  await page.locator("#email").fill("editor@example.com");
  await page.locator("#password").fill("editor-demo-2026");
  await page.locator('form.newsroom-form button[type="submit"]').click();
  await page.waitForURL(/\/en\/newsroom$/);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await browser.close();
  const figures: Record<string, { first: number; p50: number; p95: number; suggestions: number }> = {};
  for (const [name, id] of Object.entries(stories)) {
    const url = `${origin}/en/newsroom/stories/${id}/ar`;
    const times: number[] = [];
    let suggestions = 0;
    for (let i = 0; i <= PAGE_SAMPLES; i++) {
      const [html, elapsed] = await timed(async () => {
        const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
        return response.text();
      });
      times.push(elapsed);
      suggestions = (html.match(/class="memory__item"/g) ?? []).length;
    }
    const [first, ...rest] = times;
    figures[name] = { first: ms(first!), ...summary(rest), suggestions };
  }
  return figures;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "news-bench-memory-"));
  process.env.EMBEDDED_PG_DIR = dataDir;
  process.env.EMBEDDED_PG_PORT = String(PORT + 20000);
  const database = await prepareDatabase({ seed: true, demoAccounts: true });
  try {
    console.log(`Filling the memory from ${STORIES} synthetic stories (${PER_LANGUAGE} per language)…`);
    const { samples, figures: memory } = await fillMemory(database.url);
    console.log(memory);
    const lookups = await measureLookups(samples);
    console.log(lookups);
    const quality = await measureQuality(database.url);
    console.log(quality);
    const stories = await editorStories(database.url, samples);
    // The site uses this database (DATABASE_URL, set by prepareDatabase).
    const app = await startBenchApp(PORT);
    let editorPages;
    try {
      editorPages = await measureEditorPages(app.origin, stories);
    } finally {
      app.stop();
    }
    console.log(editorPages);
    const result = {
      date: new Date().toISOString(),
      storiesPerLanguage: PER_LANGUAGE,
      memory,
      lookupsMs: lookups,
      lookupRatioToExact: {
        editedParagraphP95: ms(lookups.editedParagraph!.p95 / lookups.exact!.p95),
        unseenP95: ms(lookups.unseen!.p95 / lookups.exact!.p95),
      },
      editorPageMs: editorPages,
      editorRatioToUnseen: ms(editorPages.known!.p95 / editorPages.unseen!.p95),
      quality,
    };
    await mkdir("bench/results", { recursive: true });
    await writeFile("bench/results/translation-memory.json", `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await database.stop();
    if (values.keep) console.log(`Database kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
