// One Lighthouse run (mobile preset: Lighthouse's default form factor and
// simulated throttling) in Debian's Chromium, reduced to the figures the
// benchmark prints. The full report is written next to the results.
import { writeFile } from "node:fs/promises";
import { get } from "node:http";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, chromiumPath } from "@/tests/support/debian-chromium";

export interface PageFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Every script the page loaded, as gzipped bytes on the wire (bodies only: response headers are not JavaScript). */
  scriptBytes: number;
  /** Audits below a full score in the scored categories, to see what to fix. */
  failing: string[];
  /** Lighthouse's measure of the host's speed during the run: lower means a slower or busier machine. */
  benchmarkIndex: number;
  /** First and largest contentful paint as they happened in the trace (not simulated), from navigation start. */
  observedFcpMs: number;
  observedLcpMs: number;
  /** Every web font the page loaded: where it ended in the trace's clock, from navigation start. */
  fonts: FontLoad[];
}

export interface FontLoad {
  path: string;
  statusCode: number;
  finished: boolean;
  endMs: number;
}

export async function launchChromium(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ["--headless", ...CHROMIUM_FLAGS] });
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

/** Runs Lighthouse once on `url` and keeps its JSON report in `reportFile`. */
export async function runLighthouse(
  chrome: chromeLauncher.LaunchedChrome,
  url: string,
  reportFile: string,
): Promise<PageFigures> {
  const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  await writeFile(reportFile, typeof result.report === "string" ? result.report : JSON.stringify(lhr));
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const network = lhr.audits["network-requests"]?.details as NetworkDetails | undefined;
  const requests = network?.items ?? [];
  const observed = (lhr.audits.metrics?.details as MetricsDetails | undefined)?.items?.[0] ?? {};
  // Trace timestamps are in microseconds; request times are ms after the first request started.
  const navigationUs = observed.observedNavigationStartTs ?? NaN;
  const sinceNavigation = (traceUs: number | undefined) => ((traceUs ?? NaN) - navigationUs) / 1000;
  const fonts = requests
    .filter((item) => item.resourceType === "Font")
    .map((item) => ({
      path: new URL(item.url).pathname,
      statusCode: item.statusCode ?? 0,
      finished: item.finished === true,
      endMs: sinceNavigation(
        (network?.debugData?.networkStartTimeTs ?? NaN) + (item.networkEndTime ?? NaN) * 1000,
      ),
    }));
  const scripts = requests.filter((item) => item.resourceType === "Script");
  const scriptBytes = (await Promise.all(scripts.map((item) => gzippedBodyBytes(item.url)))).reduce(
    (sum, bytes) => sum + bytes,
    0,
  );
  const failing = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category.id}:${ref.id}`),
  );
  return {
    performance: score(lhr.categories.performance?.score),
    accessibility: score(lhr.categories.accessibility?.score),
    bestPractices: score(lhr.categories["best-practices"]?.score),
    seo: score(lhr.categories.seo?.score),
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
    scriptBytes,
    failing,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    observedFcpMs: sinceNavigation(observed.observedFirstContentfulPaintTs),
    observedLcpMs: sinceNavigation(observed.observedLargestContentfulPaintTs),
    fonts,
  };
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  statusCode?: number;
  finished?: boolean;
  networkEndTime?: number;
}

interface NetworkDetails {
  items?: NetworkItem[];
  debugData?: { networkStartTimeTs?: number };
}

interface MetricsDetails {
  items?: {
    observedNavigationStartTs?: number;
    observedFirstContentfulPaintTs?: number;
    observedLargestContentfulPaintTs?: number;
  }[];
}

/** The body's length as the server sends it to a browser that accepts gzip (fetch() would decompress it). */
function gzippedBodyBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
      response.on("error", reject);
    }).on("error", reject);
  });
}
