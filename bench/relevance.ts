// `npm run bench:relevance [-- --analysis snowball] [-- --corpus 2000]`: how
// well search ranks stories for hand-written queries (issue 24): recall@10,
// MRR and nDCG@10 per language and per kind of query, for each analysis in
// bench/support/search-analyses.ts. Two sets, each on its own fresh
// embedded database (never someone's working one), through the site's own
// search; no web server:
// - the demo stories with the relevance set of tests/relevance/queries-*.json,
//   with Arabic recall@10 on the word-form queries alone (the bar:
//   0.95) and how often an Arabizi query of tests/relevance/arabizi.json
//   gives the first three stories of the Arabic query it means
//   (bench/support/arabizi-agreement.ts; the bar: 70%);
// - the demo stories among a generated corpus judged by construction
//   (`--corpus` stories per language, 2,000 by default; scripts/corpus/judged-stories.ts):
//   for each subject of tests/relevance/corpus-subjects-*.json, stories about
//   it, stories that only mention it, and filler without its words; its
//   hand-written queries want the "about" stories. Measured for the site's
//   analysis and the Snowball one it replaced, with how often a story that
//   only mentions the subject stands above one about it. The demo queries
//   run there again (the filler shares their words and is not judged).
// The tables and every query's answer go to bench/results/relevance-<date>.{md,json}.
// Ports: BENCH_PORT (3290) + 20000 and + 20001 for PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Locale } from "next-intl";
import pg from "pg";
import { arabiziAnswers, arabiziReport } from "@/bench/support/arabizi-agreement";
import { loadStoryLines } from "@/bench/support/load-synthetic-stories";
import {
  mentionTable,
  missedQueries,
  relevanceTable,
  type AnalysisRun,
  type ScoredQuery,
} from "@/bench/support/relevance-report";
import { scoreQuery } from "@/bench/support/relevance-metrics";
import { SEARCH_ANALYSES, type SearchAnalysis } from "@/bench/support/search-analyses";
import { db } from "@/lib/db/client";
import type { StoryLine } from "@/lib/import/story-line";
import { judgedStories } from "@/scripts/corpus/judged-stories";
import { prepareDatabase } from "@/scripts/prepare-database";
import { corpusSubjects, judgedCorpusQueries } from "@/tests/relevance/corpus-subjects";
import { arabiziSet, relevanceSet, type JudgedQuery } from "@/tests/relevance/relevance-set";

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

async function run(
  name: string,
  analysis: SearchAnalysis,
  locale: Locale,
  judged: (JudgedQuery & { mentions?: string[] })[] = relevanceSet[locale],
): Promise<AnalysisRun> {
  const rows = await db().story.findMany({ select: { id: true, key: true } });
  const keyOf = new Map(rows.map((row) => [row.id, row.key]));
  const queries: ScoredQuery[] = [];
  for (const each of judged) {
    const ids = await analysis.firstPage(locale, each.query);
    const found = ids === null ? null : ids.map((id) => keyOf.get(id) ?? `#${id}`);
    queries.push({ ...each, found, ...scoreQuery(found ?? [], each.relevant) });
  }
  return { analysis: name, locale, queries };
}

const CORPUS_BATCH = "judged";

/** The generated corpus of each language (scripts/corpus/judged-stories.ts), dated up to now. */
function generatedCorpus(size: number): Record<Locale, StoryLine[]> {
  const made = (locale: Locale) =>
    judgedStories({ locale, subjects: corpusSubjects[locale], size, seed: 24 });
  return { en: made("en"), ar: made("ar") };
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

const started = Date.now();
/** Where the time goes (stderr), to keep the run's length in view. */
const mark = (what: string) => console.error(`${((Date.now() - started) / 1000).toFixed(0)} s: ${what}`);

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
  mark("demo stories measured");
  const corpus = corpusSize > 0 ? generatedCorpus(corpusSize) : null;
  // The generated queries, judged by the keys the loader gives: "<batch>-<key>-<locale>".
  const generatedQueries = (locale: Locale) =>
    judgedCorpusQueries(locale, corpus![locale], (line) => `${CORPUS_BATCH}-${line.key}-${locale}`);
  const corpusRuns = corpus
    ? await withDemoDatabase(PORT + 20001, async () => {
        const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await client.connect();
        try {
          await loadStoryLines(client, [...corpus.en, ...corpus.ar], CORPUS_BATCH);
          await client.query("ANALYZE");
        } finally {
          await client.end();
        }
        mark("generated corpus loaded");
        const judged: AnalysisRun[] = [];
        for (const name of ["snowball", "light10"]) {
          await SEARCH_ANALYSES[name]!.prepare?.();
          for (const locale of LOCALES)
            judged.push(
              await run(`${name}, generated`, SEARCH_ANALYSES[name]!, locale, generatedQueries(locale)),
            );
          mark(`generated queries, ${name}`);
        }
        const demo: AnalysisRun[] = [];
        for (const locale of LOCALES)
          demo.push(await run("light10, demo queries", SEARCH_ANALYSES.light10!, locale));
        mark("demo queries among the generated corpus");
        return { judged, demo };
      })
    : null;
  const table = relevanceTable(runs);
  const size = corpusSize.toLocaleString("en");
  const counts = LOCALES.map(
    (locale) =>
      `${locale} ${relevanceSet[locale].length} on the demo stories + ${corpus ? generatedQueries(locale).length : 0} on the generated corpus`,
  ).join("; ");
  const corpusTable = corpusRuns
    ? [
        `Judged queries per language: ${counts}.`,
        `The generated corpus (${size} stories per language with the demo stories; ${corpusSubjects.en.length} subjects each with stories about it, stories that only mention it, and filler), its hand-written queries judged by construction:`,
        relevanceTable(corpusRuns.judged),
        "How often a story that only mentions the subject ranks among or above the stories about it:",
        mentionTable(corpusRuns.judged),
        "The demo queries on that database (its filler shares their words and is not judged: not a relevance figure):",
        relevanceTable(corpusRuns.demo),
      ].join("\n\n")
    : "";
  const misses = [...runs, ...(corpusRuns ? [...corpusRuns.judged, ...corpusRuns.demo] : [])].map(
    (each) =>
      `### ${each.analysis}, ${each.locale}: no relevant story in the first ten\n\n${missedQueries(each).join("\n")}`,
  );
  const analysesText = analyses.map(([name, analysis]) => `- ${name}: ${analysis.description}`).join("\n");
  const report = `# Relevance, ${new Date().toISOString()}\n\n${analysesText}\n\n${table}\n\n${arabizi}\n\n${corpusTable}\n\n${misses.join("\n\n")}\n`;
  console.log(`${analysesText}\n\n${table}\n\n${arabizi}\n\n${corpusTable}`);
  const stamp = new Date().toISOString().slice(0, 10);
  await mkdir("bench/results", { recursive: true });
  await writeFile(`bench/results/relevance-${stamp}.md`, report);
  await writeFile(
    `bench/results/relevance-${stamp}.json`,
    `${JSON.stringify([...runs, ...(corpusRuns ? [...corpusRuns.judged, ...corpusRuns.demo] : [])], null, 2)}\n`,
  );
  console.log(`\nEvery query's answer: bench/results/relevance-${stamp}.{md,json}`);
}

await main();
