// `npm run bench:lighthouse`: Lighthouse (mobile preset: Lighthouse's default
// form factor and simulated throttling) on the home, a section and a story
// page in English and Arabic, against the production build served by
// scripts/serve.ts on its own fresh embedded database, and on a bare Next
// page (bench/bare-next) whose JavaScript is the baseline. `--runs N` runs
// each page N times (3 by default) and keeps the run with the median
// performance score. Each page is held to the issue's bars: performance
// >= 95, CLS <= 0.05 and its language's first-screen web fonts in use on the
// first view (bench/support/font-verdict.ts), and gets a PASS or FAIL. Reports
// (JSON) go to bench/results/lighthouse/ (not committed); the table also to
// bench/results/lighthouse-<date>.md (-2.md, -3.md for later runs that day).
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { startBenchApp, storyPaths } from "@/bench/support/app-server";
import { startBareNext } from "@/bench/support/bare-next";
import { fontVerdict } from "@/bench/support/font-verdict";
import { launchChromium, runLighthouse, type PageFigures } from "@/bench/support/lighthouse-run";
import { CORE_FACES } from "@/lib/fonts/core-faces";

const PORT = Number(process.env.BENCH_PORT ?? 3250);
const RESULTS = path.join("bench", "results", "lighthouse");
// The issue's bar for every reading page.
const JS_BUDGET_BYTES = 5 * 1024;
const MIN_PERFORMANCE = 95;
const MAX_CLS = 0.05;

type PageLocale = keyof typeof CORE_FACES;

interface Row {
  name: string;
  /** Absent for the bare Next page, which has no web fonts to check. */
  locale?: PageLocale;
  figures: PageFigures;
  runs: PageFigures[];
}

async function firstSectionPath(origin: string, locale: string): Promise<string> {
  const home = await (await fetch(`${origin}/${locale}`)).text();
  const match = home.match(new RegExp(`href="(/${locale}/section/[^"#]+)"`));
  if (!match?.[1]) throw new Error(`No section link on /${locale}`);
  return match[1];
}

interface PageToMeasure {
  name: string;
  locale: PageLocale;
  path: string;
}

async function pagesToMeasure(origin: string): Promise<PageToMeasure[]> {
  const pages: PageToMeasure[] = [];
  for (const locale of ["en", "ar"] as const) {
    const [story] = await storyPaths(origin, locale);
    if (!story) throw new Error(`No story on /${locale}`);
    pages.push({ name: `${locale} home`, locale, path: `/${locale}` });
    pages.push({ name: `${locale} section`, locale, path: await firstSectionPath(origin, locale) });
    pages.push({ name: `${locale} story`, locale, path: story });
  }
  return pages;
}

const median = (runs: PageFigures[]) =>
  [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function fontCell(row: Row): string {
  if (!row.locale) return "";
  const verdict = fontVerdict(row.figures, CORE_FACES[row.locale]);
  const usedRuns = row.runs.filter((run) => fontVerdict(run, CORE_FACES[row.locale!]).used).length;
  return `${verdict.used ? "yes" : "NO"} (${verdict.summary}; ${usedRuns}/${row.runs.length} runs)`;
}

/** The issue's bars for one page, from its median run. */
function verdict(row: Row): string {
  const f = row.figures;
  const misses = [
    ...(f.performance < MIN_PERFORMANCE ? [`performance ${f.performance} < ${MIN_PERFORMANCE}`] : []),
    ...(!(f.cls <= MAX_CLS) ? [`CLS ${f.cls.toFixed(3)} > ${MAX_CLS}`] : []),
    ...(row.locale && !fontVerdict(f, CORE_FACES[row.locale]).used
      ? ["web font not in use on the first view"]
      : []),
  ];
  return `${row.name}: ${misses.length === 0 ? "PASS" : `FAIL (${misses.join("; ")})`}`;
}

function table(rows: Row[], bareScriptBytes: number): string {
  const head = [
    "page",
    "perf (runs)",
    "a11y",
    "best pr.",
    "SEO",
    "CLS",
    "LCP",
    "TBT",
    "JS",
    "JS over bare Next",
    "web font on first view",
    "host index",
  ];
  const body = rows.map(({ name, figures: f, runs, ...row }) => [
    name,
    `${f.performance} (${runs.map((run) => run.performance).join(", ")})`,
    String(f.accessibility),
    String(f.bestPractices),
    String(f.seo),
    f.cls.toFixed(3),
    `${(f.lcpMs / 1000).toFixed(2)} s`,
    `${f.tbtMs.toFixed(0)} ms`,
    kb(f.scriptBytes),
    name === "bare Next"
      ? ""
      : `${f.scriptBytes >= bareScriptBytes ? "+" : ""}${kb(f.scriptBytes - bareScriptBytes)}`,
    fontCell({ name, figures: f, runs, ...row }),
    f.benchmarkIndex.toFixed(0),
  ]);
  const widths = head.map((cell, i) => Math.max(cell.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}

/** bench/results/<stem>.md, or <stem>-2.md and on: a second run that day keeps the first one's table. */
function freshResultFile(stem: string): string {
  for (let n = 1; ; n++) {
    const file = path.join("bench", "results", `${stem}${n === 1 ? "" : `-${n}`}.md`);
    if (!existsSync(file)) return file;
  }
}

// On a busy machine Chromium sometimes loses the trace (NO_NAVSTART, "run
// Lighthouse again"); such a run says nothing about the page, so it is repeated.
async function withRetries<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.error(`retrying: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function measure(
  chrome: Awaited<ReturnType<typeof launchChromium>>,
  name: string,
  url: string,
  runs: number,
): Promise<{ figures: PageFigures; runs: PageFigures[] }> {
  // Once first, so the runs measure what readers get: a page already in Next's cache.
  await (await fetch(url)).arrayBuffer();
  const figures: PageFigures[] = [];
  for (let run = 1; run <= runs; run++) {
    const file = path.join(RESULTS, `${name.replace(" ", "-")}-${run}.json`);
    figures.push(await withRetries(() => runLighthouse(chrome, url, file)));
  }
  console.error(`measured ${name} (${url})`);
  return { figures: median(figures), runs: figures };
}

async function main(): Promise<void> {
  // --only "en story" (repeatable) measures those pages alone, to look into one.
  const { values } = parseArgs({
    options: { runs: { type: "string", default: "3" }, only: { type: "string", multiple: true } },
  });
  const runs = Math.max(1, Number(values.runs) || 1);
  await mkdir(RESULTS, { recursive: true });
  const chrome = await launchChromium();
  const stops: (() => void)[] = [() => chrome.kill()];
  try {
    const bare = await startBareNext(PORT + 1);
    stops.push(bare.stop);
    const bareNext = await measure(chrome, "bare Next", `${bare.origin}/`, 1);
    const bareFigures = bareNext.figures;
    // SITE_URL on the address Lighthouse visits, so canonical links stay on the page's own origin.
    const app = await startBenchApp(PORT, { SITE_URL: `http://127.0.0.1:${PORT}` });
    stops.push(app.stop);
    const rows: Row[] = [];
    const pages = (await pagesToMeasure(app.origin)).filter(
      (page) => !values.only || values.only.includes(page.name),
    );
    for (const page of pages) {
      const measured = await measure(chrome, page.name, `${app.origin}${page.path}`, runs);
      rows.push({ name: page.name, locale: page.locale, ...measured });
    }
    rows.push({ name: "bare Next", ...bareNext });
    const report = [
      `Lighthouse mobile, median of ${runs} run(s) per page (${new Date().toISOString()}); reports in ${RESULTS}/`,
      "",
      table(rows, bareFigures.scriptBytes),
      "",
      "host index: Lighthouse's benchmarkIndex during the run; a busy machine scores lower and inflates TBT.",
      "web font on first view: the language's preloaded first-screen faces finished before the observed LCP (FCP).",
      "",
      `Bars: performance >= ${MIN_PERFORMANCE}, CLS <= ${MAX_CLS}, web font in use on the first view.`,
      "",
      ...rows.filter((row) => row.locale).map((row) => `- ${verdict(row)}`),
    ].join("\n");
    console.log(`\n${report}`);
    const file = freshResultFile(`lighthouse-${new Date().toISOString().slice(0, 10)}`);
    await writeFile(file, `${report}\n`);
    console.log(`\nwritten to ${file}`);
    for (const { name, figures } of rows) {
      if (figures.failing.length > 0) console.log(`${name}: below full score: ${figures.failing.join(", ")}`);
      if (name !== "bare Next" && figures.scriptBytes - bareFigures.scriptBytes > JS_BUDGET_BYTES) {
        console.log(`${name}: more than ${kb(JS_BUDGET_BYTES)} of JavaScript over a bare Next page`);
      }
    }
  } finally {
    for (const stop of stops.reverse()) stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
