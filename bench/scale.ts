import type { Locale } from "next-intl";
// `npm run bench:scale [-- --sizes 1000,10000,100000]` (also the last step of
// `npm run bench`): for each size (stories per language), a fresh embedded
// database, a synthetic corpus generated and imported with `npm run import`,
// then the production server on it, and measured:
// - search: searchStories() timed in this process (server-side, the
//   function the page calls, uncached) over bench/fixtures/search-queries.txt,
//   one warm-up pass then three measured passes; suggestions likewise;
// - story page cold render: the first request for a story page nobody asked
//   for yet (its data and HTML in no cache), to `next start` on this machine,
//   after one other story has warmed what every page shares;
// - sitemap generation: the index and every sitemap it lists, first request;
// - topic page render: the first request for each of a few topic pages.
// At the first size it also sends 2,000 generated hostile queries to the
// search page and the suggestion route and counts 5xx answers.
// Ports: BENCH_PORT (3260) for the site, BENCH_PG_PORT (BENCH_PORT + 20000).
// `--reuse 100000=/path/to/data` measures a size on a database directory an
// earlier `npm run import` filled (no import figures then), for a machine
// where a 100,000-story import does not fit in the time at hand.
// `npm run import` ends with VACUUM (ANALYZE), so a size imported in the run
// and a reused one are measured in the same state; before it did, the
// largest size imported in the run (10,000) was searched with the search
// index's pending entries unmerged and looked slowest (p95 49.7 ms against
// 10.2 ms at 100,000). A directory filled by an older import needs a
// VACUUM (ANALYZE) first.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { startBenchApp } from "@/bench/support/app-server";
import { hostileSearchPaths } from "@/bench/support/hostile-search-queries";
import { db } from "@/lib/db/client";
import { storyPath, topicPath } from "@/lib/urls/reader-paths";
import { parseSearchRequest } from "@/lib/search/search-request";
import { searchStories } from "@/lib/search/search-stories";
import { suggestHeadlines } from "@/lib/search/suggest-headlines";
import { syntheticStories } from "@/scripts/corpus/synthetic-stories";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    reuse: { type: "string", multiple: true },
  },
});
const REUSE = new Map(
  (values.reuse ?? []).map((entry) => {
    const [size, dir] = entry.split("=");
    return [Number(size), path.resolve(dir!)] as const;
  }),
);
const SIZES = values.sizes!.split(",").map((size) => Math.max(10, Number(size) || 0));
const PORT = Number(process.env.BENCH_PORT ?? 3260);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? PORT + 20000);
const HOSTILE_QUERIES = 2_000;
const ONE_LANGUAGE_SHARE = 0.2;
const SAMPLES = 10;

interface SizeFigures {
  size: number;
  published: Record<Locale, number>;
  /** Null when an existing database was reused. */
  importSeconds: number | null;
  importRate: number | null;
  search: { p50: number; p95: number; max: number; slowest: string };
  suggest: { p50: number; p95: number };
  storyColdMs: number;
  sitemap: { indexMs: number; totalMs: number; files: number; urls: number };
  topicColdMs: number;
  hostile?: { requests: number; fiveHundreds: number; statuses: Record<string, number> };
}

const median = (values: number[]) => percentile(values, 50);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function queries(): { locale: Locale; q: string }[] {
  return readFileSync(path.join("bench", "fixtures", "search-queries.txt"), "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [locale, q] = line.split("\t") as [Locale, string];
      return { locale, q };
    });
}

async function writeCorpus(file: string, size: number): Promise<number> {
  // One story in five is in one language only, so this many stories give
  // about `size` published versions per language.
  const count = Math.ceil(size / (1 - ONE_LANGUAGE_SHARE / 2));
  const out = createWriteStream(file);
  for (const story of syntheticStories({ count, seed: 1, oneLanguageShare: ONE_LANGUAGE_SHARE })) {
    if (!out.write(`${JSON.stringify(story)}\n`)) await once(out, "drain");
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return count;
}

async function runImport(file: string, dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn("npx", ["tsx", "scripts/import-stories.ts", file], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: "", EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(PG_PORT) },
  });
  const [code] = (await once(child, "exit")) as [number];
  if (code !== 0) throw new Error(`The import failed (exit ${code})`);
  return (performance.now() - started) / 1000;
}

async function timed(url: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

async function measureSearch(): Promise<Pick<SizeFigures, "search" | "suggest">> {
  const list = queries();
  const run = async (each: { locale: Locale; q: string }) => {
    const started = performance.now();
    await searchStories(each.locale, parseSearchRequest({ q: each.q }));
    return performance.now() - started;
  };
  for (const each of list) await run(each);
  const samples: { ms: number; q: string }[] = [];
  for (let round = 0; round < 3; round++) {
    for (const each of list) samples.push({ ms: await run(each), q: `${each.locale}: ${each.q}` });
  }
  const slowest = samples.reduce((worst, sample) => (sample.ms > worst.ms ? sample : worst));
  const suggestTimes: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const each of list) {
      // What the box sends while the reader is typing: the first word's start.
      const typed = Array.from(each.q.replace(/^"/, "")).slice(0, 4).join("");
      const started = performance.now();
      await suggestHeadlines(each.locale, typed);
      if (round > 0) suggestTimes.push(performance.now() - started);
    }
  }
  const ms = samples.map((sample) => sample.ms);
  return {
    search: { p50: median(ms), p95: percentile(ms, 95), max: slowest.ms, slowest: slowest.q },
    suggest: { p50: median(suggestTimes), p95: percentile(suggestTimes, 95) },
  };
}

/** Published pages spread evenly over the archive, newest to oldest. */
async function samplePaths(
  client: pg.Client,
  locale: Locale,
): Promise<{ stories: string[]; topics: string[] }> {
  const stories = await client.query<{ slug: string }>(
    `SELECT slug FROM (
       SELECT slug, row_number() OVER (ORDER BY "publishedAt" DESC, id DESC) AS n, count(*) OVER () AS total
       FROM "StoryTranslation" WHERE locale = $1 AND status = 'PUBLISHED') AS ranked
     WHERE (n - 1) % greatest(total / $2, 1) = 0 ORDER BY n LIMIT $2`,
    [locale, SAMPLES + 1],
  );
  const topics = await client.query<{ slug: string }>(
    `SELECT tt.slug FROM "TopicTranslation" tt
     WHERE tt.locale = $1 AND EXISTS (
       SELECT 1 FROM "StoryTopic" st JOIN "StoryTranslation" t ON t."storyId" = st."storyId"
       WHERE st."topicId" = tt."topicId" AND t.locale = $1 AND t.status = 'PUBLISHED')
     ORDER BY tt."topicId" LIMIT $2`,
    [locale, SAMPLES / 2],
  );
  return {
    stories: stories.rows.map((row) => storyPath(locale, row.slug)),
    topics: topics.rows.map((row) => topicPath(locale, row.slug)),
  };
}

async function measurePages(
  origin: string,
  client: pg.Client,
): Promise<Omit<SizeFigures, "size" | "published" | "importSeconds" | "importRate" | "search" | "suggest">> {
  const started = performance.now();
  const index = await timed(`${origin}/sitemap.xml`);
  const files = [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  let urls = 0;
  for (const file of files) {
    const part = await timed(`${origin}${file}`);
    if (part.status !== 200) throw new Error(`${file} answered ${part.status}`);
    urls += (part.body.match(/<loc>/g) ?? []).length;
  }
  const sitemap = { indexMs: index.ms, totalMs: performance.now() - started, files: files.length, urls };
  const storyTimes: number[] = [];
  const topicTimes: number[] = [];
  for (const locale of ["en", "ar"] as const) {
    const { stories, topics } = await samplePaths(client, locale);
    const [warmUp, ...cold] = stories;
    if (warmUp) await timed(`${origin}${warmUp}`);
    for (const story of cold) {
      const answer = await timed(`${origin}${story}`);
      if (answer.status !== 200) throw new Error(`${story} answered ${answer.status}`);
      storyTimes.push(answer.ms);
    }
    for (const topic of topics) {
      const answer = await timed(`${origin}${topic}`);
      if (answer.status !== 200) throw new Error(`${topic} answered ${answer.status}`);
      topicTimes.push(answer.ms);
    }
  }
  return { sitemap, storyColdMs: median(storyTimes), topicColdMs: median(topicTimes) };
}

async function sendHostileQueries(origin: string): Promise<NonNullable<SizeFigures["hostile"]>> {
  const paths = hostileSearchPaths(HOSTILE_QUERIES);
  const statuses: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const url = `${origin}${paths[next++]!}`;
      let status = "refused";
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        status = String(response.status);
      } catch {
        status = "no answer";
      }
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status.startsWith("5") || status === "no answer") console.error(`${status}: ${url.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  const fiveHundreds = Object.entries(statuses)
    .filter(([status]) => status.startsWith("5") || status === "no answer")
    .reduce((sum, [, count]) => sum + count, 0);
  return { requests: paths.length, fiveHundreds, statuses };
}

async function measureSize(size: number, first: boolean): Promise<SizeFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `news-scale-${size}-`));
  // Run as root, PostgreSQL runs as "postgres", which must reach its data directory inside.
  chmodSync(dir, 0o711);
  const dataDir = REUSE.get(size) ?? path.join(dir, "postgres");
  try {
    let importSeconds: number | null = null;
    let stories = 0;
    if (REUSE.has(size)) {
      console.log(`\n${size.toLocaleString("en")} per language: reusing ${dataDir}`);
    } else {
      const corpus = path.join(dir, "corpus.jsonl");
      stories = await writeCorpus(corpus, size);
      console.log(`\n${size.toLocaleString("en")} per language: ${stories} stories generated; importing…`);
      importSeconds = await runImport(corpus, dataDir);
      rmSync(corpus);
    }
    // The site keeps rendered pages and cached data on disk across restarts:
    // a cold render needs them gone (both are runtime caches, not the build).
    rmSync(path.join(".next", "server", "route-cache"), { recursive: true, force: true });
    rmSync(path.join(".next", "cache", "fetch-cache"), { recursive: true, force: true });
    // The server starts its own embedded database when no DATABASE_URL is set.
    delete process.env.DATABASE_URL;
    const app = await startBenchApp(PORT, { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(PG_PORT) });
    const databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${PG_PORT}/news`;
    process.env.DATABASE_URL = databaseUrl;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query("ANALYZE");
      const counts = await client.query<{ locale: Locale; count: string }>(
        `SELECT locale, count(*) FROM "StoryTranslation" WHERE status = 'PUBLISHED' GROUP BY locale`,
      );
      const published = { en: 0, ar: 0 };
      for (const row of counts.rows) published[row.locale] = Number(row.count);
      const pages = await measurePages(app.origin, client);
      const searchFigures = await measureSearch();
      const hostile = first ? await sendHostileQueries(app.origin) : undefined;
      return {
        size,
        published,
        importSeconds,
        importRate: importSeconds === null ? null : stories / importSeconds,
        ...searchFigures,
        ...pages,
        ...(hostile ? { hostile } : {}),
      };
    } finally {
      await client.end();
      // The next size starts a new server on the same port: a new pool.
      await db().$disconnect();
      delete (globalThis as { newsPrisma?: unknown }).newsPrisma;
      app.stop();
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(results: SizeFigures[]): string {
  const base = results[0]!;
  const ratio = (value: number, baseValue: number) =>
    results.length > 1 && baseValue > 0 ? ` (×${(value / baseValue).toFixed(2)})` : "";
  const rows = results.map((r) =>
    [
      r.size.toLocaleString("en"),
      `${r.published.en.toLocaleString("en")} / ${r.published.ar.toLocaleString("en")}`,
      r.importSeconds === null ? "reused" : `${r.importSeconds.toFixed(1)} s (${r.importRate!.toFixed(0)}/s)`,
      `${r.search.p50.toFixed(1)} / ${r.search.p95.toFixed(1)}${ratio(r.search.p95, base.search.p95)}`,
      `${r.suggest.p50.toFixed(1)} / ${r.suggest.p95.toFixed(1)}`,
      `${r.storyColdMs.toFixed(0)}${ratio(r.storyColdMs, base.storyColdMs)}`,
      `${r.sitemap.totalMs.toFixed(0)} (${r.sitemap.files} files, ${r.sitemap.urls.toLocaleString("en")} URLs)${ratio(r.sitemap.totalMs, base.sitemap.totalMs)}`,
      `${r.topicColdMs.toFixed(0)}${ratio(r.topicColdMs, base.topicColdMs)}`,
    ].join(" | "),
  );
  return [
    "| per language | published en / ar | import | search p50 / p95 ms | suggest p50 / p95 ms | story cold ms | sitemaps ms | topic cold ms |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
  ].join("\n");
}

async function main(): Promise<void> {
  const results: SizeFigures[] = [];
  for (const [index, size] of SIZES.entries()) {
    const figures = await measureSize(size, index === 0);
    results.push(figures);
    console.log(
      `search p95 ${figures.search.p95.toFixed(1)} ms (slowest ${figures.search.max.toFixed(0)} ms: ${figures.search.slowest})`,
    );
    if (figures.hostile) {
      console.log(
        `hostile queries: ${figures.hostile.requests} sent, ${figures.hostile.fiveHundreds} answered 5xx or not at all ` +
          `(${JSON.stringify(figures.hostile.statuses)})`,
      );
    }
  }
  const markdown = table(results);
  console.log(`\n${markdown}`);
  const dir = path.join("bench", "results");
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  await writeFile(path.join(dir, `scale-${stamp}.json`), JSON.stringify(results, null, 2));
  await writeFile(path.join(dir, `scale-${stamp}.md`), `${markdown}\n`);
  console.log(`\nWritten to bench/results/scale-${stamp}.{json,md}`);
  if (results.some((r) => (r.hostile?.fiveHundreds ?? 0) > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
