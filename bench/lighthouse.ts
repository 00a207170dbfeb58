// `npm run bench:lighthouse`: Lighthouse (mobile preset: Lighthouse's default
// form factor and simulated throttling) on the home, a section and a story
// page in English and Arabic, against the production build served by
// scripts/serve.ts on its own fresh embedded database, and on a bare Next
// page (bench/bare-next) whose JavaScript is the baseline. `--runs N` runs
// each page N times and keeps the run with the median performance score.
// Reports (JSON) go to bench/results/lighthouse/ (not committed).
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { startBenchApp, storyPaths } from "@/bench/support/app-server";
import { startBareNext } from "@/bench/support/bare-next";
import { launchChromium, runLighthouse, type PageFigures } from "@/bench/support/lighthouse-run";

const PORT = Number(process.env.BENCH_PORT ?? 3250);
const RESULTS = path.join("bench", "results", "lighthouse");
// The bar for every reading page.
const JS_BUDGET_BYTES = 5 * 1024;

async function firstSectionPath(origin: string, locale: string): Promise<string> {
  const home = await (await fetch(`${origin}/${locale}`)).text();
  const match = home.match(new RegExp(`href="(/${locale}/section/[^"#]+)"`));
  if (!match?.[1]) throw new Error(`No section link on /${locale}`);
  return match[1];
}

async function pagesToMeasure(origin: string): Promise<{ name: string; path: string }[]> {
  const pages: { name: string; path: string }[] = [];
  for (const locale of ["en", "ar"]) {
    const [story] = await storyPaths(origin, locale);
    if (!story) throw new Error(`No story on /${locale}`);
    pages.push({ name: `${locale} home`, path: `/${locale}` });
    pages.push({ name: `${locale} section`, path: await firstSectionPath(origin, locale) });
    pages.push({ name: `${locale} story`, path: story });
  }
  return pages;
}

const median = (runs: PageFigures[]) =>
  [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(rows: { name: string; figures: PageFigures }[], bareScriptBytes: number): string {
  const head = [
    "page",
    "perf",
    "a11y",
    "best pr.",
    "SEO",
    "CLS",
    "LCP",
    "TBT",
    "JS",
    "JS over bare Next",
    "host index",
  ];
  const body = rows.map(({ name, figures: f }) => [
    name,
    String(f.performance),
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
    f.benchmarkIndex.toFixed(0),
  ]);
  const widths = head.map((cell, i) => Math.max(cell.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
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
): Promise<PageFigures> {
  // Once first, so the runs measure what readers get: a page already in Next's cache.
  await (await fetch(url)).arrayBuffer();
  const figures: PageFigures[] = [];
  for (let run = 1; run <= runs; run++) {
    const file = path.join(RESULTS, `${name.replace(" ", "-")}-${run}.json`);
    figures.push(await withRetries(() => runLighthouse(chrome, url, file)));
  }
  console.error(`measured ${name} (${url})`);
  return median(figures);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "1" } } });
  const runs = Math.max(1, Number(values.runs) || 1);
  await mkdir(RESULTS, { recursive: true });
  const chrome = await launchChromium();
  const stops: (() => void)[] = [() => chrome.kill()];
  try {
    const bare = await startBareNext(PORT + 1);
    stops.push(bare.stop);
    const bareFigures = await measure(chrome, "bare Next", `${bare.origin}/`, 1);
    // SITE_URL on the address Lighthouse visits, so canonical links stay on the page's own origin.
    const app = await startBenchApp(PORT, { SITE_URL: `http://127.0.0.1:${PORT}` });
    stops.push(app.stop);
    const rows: { name: string; figures: PageFigures }[] = [];
    for (const page of await pagesToMeasure(app.origin)) {
      rows.push({
        name: page.name,
        figures: await measure(chrome, page.name, `${app.origin}${page.path}`, runs),
      });
    }
    rows.push({ name: "bare Next", figures: bareFigures });
    console.log(`\nLighthouse mobile, median of ${runs} run(s) per page; reports in ${RESULTS}/\n`);
    console.log(table(rows, bareFigures.scriptBytes));
    console.log(
      "\nhost index: Lighthouse's benchmarkIndex during the run; a busy machine scores lower and inflates TBT.",
    );
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
