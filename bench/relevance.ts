// `npm run bench:relevance [-- --analysis snowball]`: how well search ranks
// the demo stories for the hand-written relevance set (tests/relevance/):
// recall@10, MRR and nDCG@10 per language, and Arabic recall@10 on the
// word-form queries alone (issue 24's bar: 0.95), for each analysis in
// bench/support/search-analyses.ts; and how often an Arabizi query of
// tests/relevance/arabizi.json gives the first three stories of the Arabic
// query it means (bench/support/arabizi-agreement.ts; the bar: 70%). A
// fresh embedded database with the demo content, through the site's own
// search; no web server. Then the site's analysis again on a second fresh
// database where the demo stories stand among a generated corpus
// (`--corpus`, 2,000 published stories per language by default, from
// scripts/corpus): the same judged stories, now with thousands of others
// sharing their words, some newer. The tables and every query's answer go
// to bench/results/relevance-<date>.{md,json}.
// Ports: BENCH_PORT (3290) + 20000 for PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Locale } from "next-intl";
import pg from "pg";
import { loadSyntheticStories } from "@/bench/support/load-synthetic-stories";
import { arabiziAnswers, arabiziReport } from "@/bench/support/arabizi-agreement";
import { missedQueries, relevanceTable, type AnalysisRun } from "@/bench/support/relevance-report";
import { scoreQuery } from "@/bench/support/relevance-metrics";
import { SEARCH_ANALYSES, type SearchAnalysis } from "@/bench/support/search-analyses";
import { db } from "@/lib/db/client";
import { prepareDatabase } from "@/scripts/prepare-database";
import { arabiziSet, relevanceSet } from "@/tests/relevance/relevance-set";

const { values } = parseArgs({
  options: {
    analysis: { type: "string", default: Object.keys(SEARCH_ANALYSES).join(",") },
    corpus: { type: "string", default: "2000" },
  },
});
const LOCALES: Locale[] = ["en", "ar"];
const PORT = Number(process.env.BENCH_PORT ?? 3290);

function chosenAnalyses(): [string, SearchAnalysis][] {
  return values.analysis.split(",").map((name) => {
    const analysis = SEARCH_ANALYSES[name.trim()];
    if (!analysis)
      throw new Error(`No analysis "${name}"; known: ${Object.keys(SEARCH_ANALYSES).join(", ")}`);
    return [name.trim(), analysis];
  });
}

async function run(name: string, analysis: SearchAnalysis, locale: Locale): Promise<AnalysisRun> {
  const rows = await db().story.findMany({ select: { id: true, key: true } });
  const keyOf = new Map(rows.map((row) => [row.id, row.key]));
  const queries = [];
  for (const judged of relevanceSet[locale]) {
    const ids = await analysis.firstPage(locale, judged.query);
    const found = ids === null ? null : ids.map((id) => keyOf.get(id) ?? `#${id}`);
    queries.push({ ...judged, found, ...scoreQuery(found ?? [], judged.relevant) });
  }
  return { analysis: name, locale, queries };
}

/** A fresh embedded database with the demo content (never someone's working one), given to `work`, then removed. */
async function withDemoDatabase<T>(port: number, work: () => Promise<T>): Promise<T> {
  delete process.env.DATABASE_URL;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "news-bench-relevance-"));
  process.env.EMBEDDED_PG_DIR = dataDir;
  process.env.EMBEDDED_PG_PORT = String(port);
  const database = await prepareDatabase({ seed: true });
  try {
    return await work();
  } finally {
    await db().$disconnect();
    // The next database is another server: a new client.
    delete (globalThis as { newsPrisma?: unknown }).newsPrisma;
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const analyses = chosenAnalyses();
  const corpusSize = Number(values.corpus);
  const { arabizi, runs } = await withDemoDatabase(PORT + 20000, async () => {
    // First, on the site's own analysis (the others change the database).
    const arabizi = arabiziReport(await arabiziAnswers(arabiziSet));
    const runs: AnalysisRun[] = [];
    for (const [name, analysis] of analyses) {
      await analysis.prepare?.();
      for (const locale of LOCALES) runs.push(await run(name, analysis, locale));
    }
    return { arabizi, runs };
  });
  const corpusRuns =
    corpusSize > 0
      ? await withDemoDatabase(PORT + 20001, async () => {
          const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
          await client.connect();
          try {
            await loadSyntheticStories(client, corpusSize, { name: "corpus", seed: 24 });
            await client.query("ANALYZE");
          } finally {
            await client.end();
          }
          const name = `light10 + ${corpusSize.toLocaleString("en")} generated`;
          return Promise.all(LOCALES.map((locale) => run(name, SEARCH_ANALYSES.light10!, locale)));
        })
      : [];
  const table = relevanceTable(runs);
  const corpusTable =
    corpusRuns.length > 0
      ? `The site's analysis with the demo stories among ${corpusSize.toLocaleString("en")} generated stories per language:\n\n${relevanceTable(corpusRuns)}`
      : "";
  const misses = [...runs, ...corpusRuns].map(
    (each) =>
      `### ${each.analysis}, ${each.locale}: no relevant story in the first ten\n\n${missedQueries(each).join("\n")}`,
  );
  const analysesText = analyses.map(([name, analysis]) => `- ${name}: ${analysis.description}`).join("\n");
  const report = `# Relevance, ${new Date().toISOString()}\n\n${analysesText}\n\n${table}\n\n${corpusTable}\n\n${arabizi}\n\n${misses.join("\n\n")}\n`;
  console.log(`${analysesText}\n\n${table}\n\n${corpusTable}\n\n${arabizi}`);
  const stamp = new Date().toISOString().slice(0, 10);
  await mkdir("bench/results", { recursive: true });
  await writeFile(`bench/results/relevance-${stamp}.md`, report);
  await writeFile(
    `bench/results/relevance-${stamp}.json`,
    `${JSON.stringify([...runs, ...corpusRuns], null, 2)}\n`,
  );
  console.log(`\nEvery query's answer: bench/results/relevance-${stamp}.{md,json}`);
}

await main();
