// `npm run bench:vocabulary [-- --size 100000]`: what the search vocabulary
// of issue 24 costs at SIZE stories per language. A fresh embedded database
// with every migration applied; the synthetic corpus (scripts/corpus)
// inserted as published stories 2,000 rows a statement, timed with the
// vocabulary's trigger disabled, then the migration's own backfill timed
// (what migrating an archive of that size costs), then a tenth more stories
// inserted with the trigger and without (what it adds to an import); the
// vocabulary's size; then, timed (one warm-up pass, three measured, p50 /
// p95): "did you mean" (closestQuery) and the Arabizi reading (readArabizi)
// over the hand-written Arabizi set and misspellings of its Arabic queries,
// and the whole search of a query that finds nothing as typed
// (searchWithVocabulary, Arabizi queries on the Arabic site).
// Ports: BENCH_PORT (3310) + 20000 for PostgreSQL.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { loadSyntheticStories } from "@/bench/support/load-synthetic-stories";
import { db } from "@/lib/db/client";
import { parseSearchRequest } from "@/lib/search/search-request";
import { closestQuery, readArabizi } from "@/lib/search/search-vocabulary";
import { searchWithVocabulary } from "@/lib/search/search-with-vocabulary";
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { startEmbeddedPostgres } from "@/scripts/db/embedded-postgres";
import { arabiziSet } from "@/tests/relevance/relevance-set";

const { values } = parseArgs({ options: { size: { type: "string", default: "100000" } } });
const SIZE = Math.max(10, Number(values.size) || 0);
const PORT = Number(process.env.BENCH_PORT ?? 3310) + 20000;
const TRIGGERS = ["insert", "update", "delete"].map((op) => `"StoryTranslation_search_words_${op}"`);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)] ?? 0;

async function latencies(queries: string[], work: (query: string) => Promise<unknown>): Promise<string> {
  for (const query of queries) await work(query);
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of queries) times.push(await timed(() => work(query)));
  }
  return `p50 ${percentile(times, 50).toFixed(1)} / p95 ${percentile(times, 95).toFixed(1)} ms (${queries.length} queries × 3)`;
}

/** One letter of each Arabic query's longest word doubled: a typing slip the vocabulary should mend. */
function misspelt(arabic: string): string {
  const words = arabic.split(" ");
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = Math.floor(longest.length / 2);
  return words
    .map((word) => (word === longest ? word.slice(0, at) + word[at] + word.slice(at) : word))
    .join(" ");
}

async function setTriggers(client: pg.Client, enabled: boolean): Promise<void> {
  for (const name of TRIGGERS) {
    await client.query(`ALTER TABLE "StoryTranslation" ${enabled ? "ENABLE" : "DISABLE"} TRIGGER ${name}`);
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "news-bench-vocabulary-"));
  const database = await startEmbeddedPostgres({ dataDir, port: PORT, database: "news" });
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  try {
    await applyMigrations(database.url);
    await client.connect();
    await setTriggers(client, false);
    const load = await timed(() => loadSyntheticStories(client, SIZE));
    const migrationSql = readFileSync(
      path.join("prisma", "migrations", "20261206212253_search_vocabulary", "migration.sql"),
      "utf8",
    );
    const backfill = migrationSql.slice(migrationSql.lastIndexOf("INSERT INTO"));
    const migrate = await timed(() => client.query(backfill));
    await client.query(`VACUUM ANALYZE "StoryTranslation", "SearchWord"`);
    const extra = Math.max(10, Math.round(SIZE / 10));
    const withTrigger = await timed(async () => {
      await setTriggers(client, true);
      await loadSyntheticStories(client, extra, { name: "bench-more", seed: 25 });
    });
    const { rows: sizes } = await client.query<{ locale: string; words: string; size: string }>(
      `SELECT locale, count(*) AS words, pg_size_pretty(pg_total_relation_size('"SearchWord"')) AS size
       FROM "SearchWord" GROUP BY locale ORDER BY locale`,
    );
    const arabizi = arabiziSet.map((pair) => pair.query);
    const typos = [...arabiziSet.map((pair) => misspelt(pair.arabic))];
    const report = [
      `# Search vocabulary, ${SIZE.toLocaleString("en")} stories per language, ${new Date().toISOString()}`,
      "",
      `- inserted without the vocabulary trigger: ${(load / 1000).toFixed(1)} s`,
      `- the migration's backfill of the vocabulary: ${(migrate / 1000).toFixed(1)} s`,
      `- ${extra.toLocaleString("en")} more stories per language inserted with the trigger: ${(withTrigger / 1000).toFixed(1)} s (${((withTrigger / 1000 / (extra * 2)) * 1000).toFixed(2)} ms a version; without it, the first load took ${((load / 1000 / (SIZE * 2)) * 1000).toFixed(2)} ms a version)`,
      `- vocabulary: ${sizes.map((row) => `${row.locale} ${Number(row.words).toLocaleString("en")} words`).join(", ")}; table and indexes ${sizes[0]?.size ?? "–"}`,
      "",
      `- did you mean, closestQuery("ar", …) over misspelt Arabic queries: ${await latencies(typos, (q) => closestQuery("ar", q))}`,
      `- Arabizi reading, readArabizi(…): ${await latencies(arabizi, (q) => readArabizi(q))}`,
      `- the whole search of an Arabizi query (searchWithVocabulary: search, reading, search again): ${await latencies(arabizi, (q) => searchWithVocabulary("ar", parseSearchRequest({ q })))}`,
    ].join("\n");
    console.log(report);
    await mkdir("bench/results", { recursive: true });
    await writeFile(
      `bench/results/search-vocabulary-${new Date().toISOString().slice(0, 10)}.md`,
      `${report}\n`,
    );
  } finally {
    await client.end().catch(() => undefined);
    await db().$disconnect();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
