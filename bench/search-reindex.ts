// `npm run bench:reindex [-- --size 100000]`: what re-indexing the search
// columns costs at SIZE stories per language, as migration
// "arabic_light_stem" does it (issue 24: "time the re-index at 100,000
// first"). A fresh embedded database with every migration applied; the
// synthetic corpus's texts (scripts/corpus) are loaded into a scratch table
// shaped like "StoryTranslation"'s text columns; then, timed:
// - before: adding the old generated "searchVector" (normalize_search_text,
//   english / arabic Snowball) and its GIN index, as migration "search" did;
// - after: the migration's own statements, dropping it and adding the new
//   "searchVector" (Arabic light stems and alternates) and "searchExact",
//   and the GIN index again.
// Also the size of each. Ports: BENCH_PORT (3300) + 20000 for PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { startEmbeddedPostgres } from "@/scripts/db/embedded-postgres";
import { syntheticStories } from "@/scripts/corpus/synthetic-stories";

const { values } = parseArgs({ options: { size: { type: "string", default: "100000" } } });
const SIZE = Math.max(10, Number(values.size) || 0);
const PORT = Number(process.env.BENCH_PORT ?? 3300) + 20000;
const BATCH = 2_000;

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

async function load(client: pg.Client): Promise<void> {
  const counts = { en: 0, ar: 0 };
  let rows: [string, string, string, string][] = [];
  const flush = async () => {
    await client.query(
      `INSERT INTO reindex_bench (locale, headline, dek, body)
       SELECT l::"Locale", h, d, b FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(l, h, d, b)`,
      [0, 1, 2, 3].map((column) => rows.map((row) => row[column])),
    );
    rows = [];
  };
  for (const story of syntheticStories({ count: SIZE * 3, seed: 24 })) {
    for (const [locale, text] of Object.entries(story.translations) as [
      "en" | "ar",
      { headline: string; dek: string; body: string },
    ][]) {
      if (counts[locale] >= SIZE) continue;
      counts[locale] += 1;
      rows.push([locale, text.headline, text.dek, text.body]);
    }
    if (rows.length >= BATCH) await flush();
    if (counts.en >= SIZE && counts.ar >= SIZE) break;
  }
  if (rows.length > 0) await flush();
}

async function sizes(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ table: string; index: string }>(
    `SELECT pg_size_pretty(pg_table_size('reindex_bench')) AS table,
       pg_size_pretty(pg_relation_size('reindex_bench_search_idx')) AS index`,
  );
  return `table ${rows[0]!.table} (text, vectors and TOAST), GIN index ${rows[0]!.index}`;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "news-bench-reindex-"));
  const database = await startEmbeddedPostgres({ dataDir, port: PORT, database: "news" });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await applyMigrations(database.url);
    await client.connect();
    await client.query(`CREATE TABLE reindex_bench (id serial PRIMARY KEY, locale "Locale" NOT NULL,
      headline text NOT NULL, dek text NOT NULL, body text NOT NULL)`);
    const loadSeconds = await timedLoad(client);
    const before =
      (await timed(
        client,
        `ALTER TABLE reindex_bench ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (${OLD_VECTOR}) STORED`,
      )) +
      (await timed(
        client,
        `CREATE INDEX reindex_bench_search_idx ON reindex_bench USING GIN ("searchVector")`,
      ));
    const beforeSize = await sizes(client);
    const after =
      (await timed(client, `DROP INDEX reindex_bench_search_idx`)) +
      (await timed(client, `ALTER TABLE reindex_bench ${NEW_COLUMNS}`)) +
      (await timed(
        client,
        `CREATE INDEX reindex_bench_search_idx ON reindex_bench USING GIN ("searchVector")`,
      ));
    const afterSize = await sizes(client);
    const report = [
      `# Search re-index, ${SIZE.toLocaleString("en")} stories per language, ${new Date().toISOString()}`,
      "",
      `- texts loaded in ${loadSeconds.toFixed(1)} s`,
      `- before (Snowball column and GIN index, migration "search"): ${before.toFixed(1)} s; ${beforeSize}`,
      `- after (migration "arabic_light_stem": drop, light stems, exact vector, GIN index): ${after.toFixed(1)} s; ${afterSize}`,
    ].join("\n");
    console.log(report);
    await mkdir("bench/results", { recursive: true });
    await writeFile(
      `bench/results/search-reindex-${new Date().toISOString().slice(0, 10)}.md`,
      `${report}\n`,
    );
  } finally {
    await client.end().catch(() => undefined);
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function timedLoad(client: pg.Client): Promise<number> {
  const start = performance.now();
  await load(client);
  await client.query("VACUUM ANALYZE reindex_bench");
  return (performance.now() - start) / 1000;
}

await main();
