// `npm run bench:reindex [-- --size 100000]`: what the Arabic analysis of
// issue 24 costs at SIZE stories per language. A fresh embedded database
// with every migration applied; the synthetic corpus (scripts/corpus)
// inserted as published stories in one section, so that the new generated
// columns are computed as an import computes them (timed); then, timed:
// - before: "searchVector" dropped and added again with the Snowball
//   expression of migration "search", and its GIN index;
// - after: migration "arabic_light_stem"'s own statements: the column
//   dropped, the new "searchVector" (Arabic light stems and alternates) and
//   "searchExact" added, the GIN index built again;
// with the sizes of the table and the index; then searchStories() and
// suggestHeadlines() over bench/fixtures/search-queries.txt as bench:scale
// times them (one warm-up pass, three measured), p50 / p95.
// Ports: BENCH_PORT (3300) + 20000 for PostgreSQL.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Locale } from "next-intl";
import pg from "pg";
import { db } from "@/lib/db/client";
import { parseSearchRequest } from "@/lib/search/search-request";
import { searchStories } from "@/lib/search/search-stories";
import { suggestHeadlines } from "@/lib/search/suggest-headlines";
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { startEmbeddedPostgres } from "@/scripts/db/embedded-postgres";
import { loadSyntheticStories } from "@/bench/support/load-synthetic-stories";

const { values } = parseArgs({ options: { size: { type: "string", default: "100000" } } });
const SIZE = Math.max(10, Number(values.size) || 0);
const PORT = Number(process.env.BENCH_PORT ?? 3300) + 20000;

const OLD_VECTOR = `CASE WHEN locale = 'ar' THEN
    setweight(to_tsvector('arabic'::regconfig, normalize_search_text(headline)), 'A')
    || setweight(to_tsvector('simple'::regconfig, normalize_search_text(headline)), 'A')
    || setweight(to_tsvector('arabic'::regconfig, normalize_search_text(dek)), 'B')
    || setweight(to_tsvector('arabic'::regconfig, normalize_search_text(body)), 'C')
  ELSE
    setweight(to_tsvector('english'::regconfig, normalize_search_text(headline)), 'A')
    || setweight(to_tsvector('simple'::regconfig, normalize_search_text(headline)), 'A')
    || setweight(to_tsvector('english'::regconfig, normalize_search_text(dek)), 'B')
    || setweight(to_tsvector('english'::regconfig, normalize_search_text(body)), 'C')
  END`;

const NEW_COLUMNS = `DROP COLUMN "searchVector",
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    CASE WHEN locale = 'ar' THEN arabic_search_vector(headline, dek, body)
    ELSE
      setweight(to_tsvector('english'::regconfig, normalize_search_text(headline)), 'A')
      || setweight(to_tsvector('simple'::regconfig, normalize_search_text(headline)), 'A')
      || setweight(to_tsvector('english'::regconfig, normalize_search_text(dek)), 'B')
      || setweight(to_tsvector('english'::regconfig, normalize_search_text(body)), 'C')
    END) STORED,
  ADD COLUMN "searchExact" tsvector GENERATED ALWAYS AS (
    CASE WHEN locale = 'ar' THEN arabic_exact_vector(headline, dek, body) END) STORED`;

async function timed(client: pg.Client, sql: string): Promise<number> {
  const start = performance.now();
  await client.query(sql);
  return (performance.now() - start) / 1000;
}

async function sizes(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ table: string; index: string }>(
    `SELECT pg_size_pretty(pg_table_size('"StoryTranslation"')) AS table,
       pg_size_pretty(pg_relation_size('"StoryTranslation_searchVector_idx"')) AS index`,
  );
  return `table ${rows[0]!.table} (text, vectors and TOAST), GIN index ${rows[0]!.index}`;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)] ?? 0;

async function measureSearch(): Promise<string> {
  const list = readFileSync(path.join("bench", "fixtures", "search-queries.txt"), "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => line.split("\t") as [Locale, string]);
  const time = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  const search = ([locale, q]: [Locale, string]) => searchStories(locale, parseSearchRequest({ q }));
  const suggest = ([locale, q]: [Locale, string]) =>
    suggestHeadlines(locale, Array.from(q.replace(/^"/, "")).slice(0, 4).join(""));
  for (const each of list) await search(each);
  const lines: string[] = [];
  for (const locale of ["en", "ar"] as Locale[]) {
    const mine = list.filter(([l]) => l === locale);
    const searches: number[] = [];
    const suggestions: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const each of mine) searches.push(await time(() => search(each)));
      for (const each of mine) suggestions.push(await time(() => suggest(each)));
    }
    const figures = (values: number[]) =>
      `p50 ${percentile(values, 50).toFixed(1)} / p95 ${percentile(values, 95).toFixed(1)} ms`;
    lines.push(
      `- ${locale}: search ${figures(searches)}, suggestions ${figures(suggestions)} (${mine.length} queries × 3)`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "news-bench-reindex-"));
  const database = await startEmbeddedPostgres({ dataDir, port: PORT, database: "news" });
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  try {
    await applyMigrations(database.url);
    await client.connect();
    const loadSeconds = await timedLoad(client);
    const before =
      (await timed(client, `DROP INDEX "StoryTranslation_searchVector_idx"`)) +
      (await timed(
        client,
        `ALTER TABLE "StoryTranslation" DROP COLUMN "searchExact", DROP COLUMN "searchVector",
           ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (${OLD_VECTOR}) STORED`,
      )) +
      (await timed(
        client,
        `CREATE INDEX "StoryTranslation_searchVector_idx" ON "StoryTranslation" USING GIN ("searchVector")`,
      ));
    const beforeSize = await sizes(client);
    const after =
      (await timed(client, `DROP INDEX "StoryTranslation_searchVector_idx"`)) +
      (await timed(client, `ALTER TABLE "StoryTranslation" ${NEW_COLUMNS}`)) +
      (await timed(
        client,
        `CREATE INDEX "StoryTranslation_searchVector_idx" ON "StoryTranslation" USING GIN ("searchVector")`,
      ));
    const afterSize = await sizes(client);
    await client.query(`VACUUM ANALYZE "StoryTranslation"`);
    const searchFigures = await measureSearch();
    const report = [
      `# Search re-index, ${SIZE.toLocaleString("en")} stories per language, ${new Date().toISOString()}`,
      "",
      `- inserted with the new columns computed (and VACUUM ANALYZE) in ${loadSeconds.toFixed(1)} s`,
      `- before (Snowball "searchVector" and its GIN index, migration "search"): ${before.toFixed(1)} s; ${beforeSize}`,
      `- after (migration "arabic_light_stem": light stems and alternates, "searchExact", GIN index): ${after.toFixed(1)} s; ${afterSize}`,
      "",
      "With the new analysis, searchStories() and suggestHeadlines() over bench/fixtures/search-queries.txt:",
      "",
      searchFigures,
    ].join("\n");
    console.log(report);
    await mkdir("bench/results", { recursive: true });
    await writeFile(
      `bench/results/search-reindex-${new Date().toISOString().slice(0, 10)}.md`,
      `${report}\n`,
    );
  } finally {
    await client.end().catch(() => undefined);
    await db().$disconnect();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function timedLoad(client: pg.Client): Promise<number> {
  const start = performance.now();
  await loadSyntheticStories(client, SIZE);
  await client.query(`VACUUM ANALYZE "StoryTranslation"`);
  return (performance.now() - start) / 1000;
}

await main();
