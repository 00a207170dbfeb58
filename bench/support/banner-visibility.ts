// The breaking-news banner through the cluster (Varnish over the
// instances): how long after the editor's form is answered the banner shows
// on five kinds of page, and is gone from them once cleared; and what ESI
// processing costs Varnish on a warm story page.
import { authors } from "@/prisma/content/authors";
import { demoAccounts } from "@/prisma/demo-accounts";
import { sections } from "@/prisma/content/sections";
import { topics } from "@/prisma/content/topics";
import { storyPaths } from "@/bench/support/app-server";
import { startNginxCeiling } from "@/bench/support/nginx-ceiling";
import { postForm, renderedInputs, signInCookie } from "@/bench/support/no-js-form";
import { rawGet } from "@/bench/support/raw-get";
import type { BenchCluster } from "@/bench/support/throwaway-cluster";
import { requireWrk, runWrk, type LoadFigures } from "@/bench/support/wrk";

const POLL_MS = 50;
// The banner as markup (a page's React payload also carries the copy it was
// rendered with, escaped, which the proxy leaves alone).
const SHOWN = '<section class="breaking-banner"';
const GIVE_UP_MS = 10_000;
const WRK_SECONDS = 10;
const WRK_CONNECTIONS = 100;
// Where the ceiling's nginx listens: the cluster's port plus this.
const NGINX_OFFSET = 60;

export interface PageTiming {
  page: string;
  /** From the editor's answer until the page showed it (or no longer did); null: not within 10 s. */
  ms: number | null;
}

export interface BannerVisibility {
  set: PageTiming[];
  cleared: PageTiming[];
}

export interface EsiCost {
  storyPath: string;
  bytes: { withEsi: number; withoutEsi: number };
  withEsi: LoadFigures;
  withoutEsi: LoadFigures;
  /** nginx sending the proxy's ESI-assembled gzip bytes: the machine's ceiling. */
  nginx: LoadFigures | null;
}

/** Home, section, topic, author and story pages in English, as paths. */
async function fivePages(cluster: BenchCluster): Promise<{ page: string; path: string }[]> {
  const [story] = await storyPaths(cluster.proxyOrigin);
  if (!story) throw new Error("No story on the English front page");
  const topic = topics.find((each) => each.key === "environment") ?? topics[0]!;
  return [
    { page: "home", path: "/en" },
    { page: "section", path: `/en/section/${sections[0]!.slugs.en}` },
    { page: "topic", path: `/en/tags/${topic.slugs.en}` },
    { page: "author", path: `/en/authors/${authors[0]!.key}` },
    { page: "story", path: story },
  ];
}

/** Posts the banner page's English forms as a browser without JavaScript does, signed in as the demo editor. */
async function bannerDesk(cluster: BenchCluster) {
  const origin = cluster.instanceOrigins[0]!;
  const editor = demoAccounts.find((account) => account.email.startsWith("editor@"))!;
  const cookie = await signInCookie(origin, editor.email, editor.password);
  const page = `${origin}/en/newsroom/banner`;
  const post = async (markers: string[], values: Record<string, string>) => {
    const fields = renderedInputs(await (await fetch(page, { headers: { cookie } })).text(), markers);
    for (const [name, value] of Object.entries(values)) fields.set(name, value);
    const response = await postForm(page, fields, { cookie });
    await response.arrayBuffer();
    const location = response.headers.get("location") ?? "";
    if (response.status >= 400 || !location.includes("done=")) {
      throw new Error(`The banner form answered ${response.status} ${location}`);
    }
  };
  return {
    set: (text: string) => post(['name="target" value="en"', 'name="text"'], { text, link: "/en" }),
    clear: () => post(['name="target" value="en"'], {}),
  };
}

async function whenTrue(url: string, test: (html: string) => boolean, since: number): Promise<number | null> {
  while (performance.now() - since < GIVE_UP_MS) {
    const html = await (await fetch(url, { headers: { "accept-encoding": "gzip" } })).text();
    if (test(html)) return Math.round(performance.now() - since);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

/**
 * Sets the English banner through the newsroom's form, then polls each of
 * five warm pages through the proxy every 50 ms until it shows the banner;
 * then clears it and polls until it has gone. Times count from the editor's
 * answer (the redirect after the form).
 */
export async function bannerVisibility(cluster: BenchCluster): Promise<BannerVisibility> {
  const pages = await fivePages(cluster);
  const desk = await bannerDesk(cluster);
  // Warm: every page in the proxy's cache, as on a news day.
  for (const { path } of pages) for (let i = 0; i < 2; i++) await fetch(`${cluster.proxyOrigin}${path}`);
  const text = `Breaking: banner bench ${Date.now()}`;
  await desk.set(text);
  const setAt = performance.now();
  const set = await Promise.all(
    pages.map(async ({ page, path }) => ({
      page,
      ms: await whenTrue(`${cluster.proxyOrigin}${path}`, (html) => html.includes(text), setAt),
    })),
  );
  await desk.clear();
  const clearedAt = performance.now();
  const cleared = await Promise.all(
    pages.map(async ({ page, path }) => ({
      page,
      ms: await whenTrue(`${cluster.proxyOrigin}${path}`, (html) => !html.includes(SHOWN), clearedAt),
    })),
  );
  return { set, cleared };
}

/**
 * wrk against a warm story page through the proxy, with a banner up, twice
 * in the same run: as readers get it (Varnish assembles the page and the
 * banner fragment: ESI), and the same cached object delivered without ESI
 * processing (`x-news-no-esi`, honoured only with the purge secret from an
 * allowed address: scripts/cache-proxy/site.vcl). Plus nginx serving the
 * assembled gzip bytes as the machine's ceiling.
 */
export async function esiCost(cluster: BenchCluster, port?: number): Promise<EsiCost> {
  requireWrk();
  const desk = await bannerDesk(cluster);
  await desk.set("Breaking: the ESI cost bench is running");
  try {
    const [storyPath] = await storyPaths(cluster.proxyOrigin);
    if (!storyPath) throw new Error("No story on the English front page");
    const url = `${cluster.proxyOrigin}${storyPath}`;
    const noEsi = { "x-news-no-esi": "1", "x-cache-proxy-secret": cluster.purgeSecret };
    // The set soft-purged the fragment: the first answers may still carry the one before.
    if ((await whenTrue(url, (html) => html.includes(SHOWN), performance.now())) === null) {
      throw new Error(`The proxy did not include the banner fragment into ${storyPath}`);
    }
    for (let i = 0; i < 3; i++) await rawGet(url, { "accept-encoding": "gzip" });
    const assembled = await rawGet(url, { "accept-encoding": "gzip" });
    const raw = await rawGet(url, { "accept-encoding": "gzip", ...noEsi });
    const plain = await rawGet(url);
    if (!plain.body.toString("utf8").includes(SHOWN) || plain.body.includes("<esi:")) {
      throw new Error("The proxy's page without gzip lacks the banner");
    }
    if (!raw.body.length || raw.headers["content-encoding"] !== "gzip") {
      throw new Error("The no-ESI control did not answer with the gzip page");
    }
    const options = { connections: WRK_CONNECTIONS, seconds: WRK_SECONDS };
    const withEsi = await runWrk(url, options);
    const withoutEsi = await runWrk(url, { ...options, headers: noEsi });
    let nginx: LoadFigures | null = null;
    try {
      const ceiling = await startNginxCeiling(
        (port ?? Number(new URL(cluster.proxyOrigin).port)) + NGINX_OFFSET,
        plain.body,
        assembled.body,
      );
      try {
        nginx = await runWrk(ceiling.url, options);
      } finally {
        await ceiling.stop();
      }
    } catch (error) {
      console.error(`No nginx ceiling: ${(error as Error).message}`);
    }
    return {
      storyPath,
      bytes: { withEsi: assembled.body.length, withoutEsi: raw.body.length },
      withEsi,
      withoutEsi,
      nginx,
    };
  } finally {
    await desk.clear();
  }
}

const shown = (timing: PageTiming) =>
  `${timing.page} ${timing.ms === null ? "not within 10 s" : `${timing.ms} ms`}`;
const within = (timings: PageTiming[], ms: number) =>
  timings.every((timing) => timing.ms !== null && timing.ms <= ms);
const load = (figures: LoadFigures) =>
  `${Math.round(figures.requestsPerSecond).toLocaleString("en")} req/s, p50 ${figures.p50Ms.toFixed(2)} ms, p99 ${figures.p99Ms.toFixed(2)} ms, ${figures.errors} errors`;

/** The figures as lines, for bench:banner and bench:live. */
export function printBanner(visibility: BannerVisibility | null, cost: EsiCost | null): void {
  if (visibility) {
    const ok = within(visibility.set, 2_000) && within(visibility.cleared, 2_000);
    console.log(
      `Banner set and cleared: visible or gone on five page types within 2 s: ${ok ? "yes" : "NO"}\n` +
        `  set → visible: ${visibility.set.map(shown).join(", ")}\n` +
        `  cleared → gone: ${visibility.cleared.map(shown).join(", ")}`,
    );
  }
  if (cost) {
    const ratio = cost.withEsi.requestsPerSecond / cost.withoutEsi.requestsPerSecond;
    console.log(
      `ESI on a warm story (${cost.storyPath}, ${WRK_CONNECTIONS} connections, ${WRK_SECONDS} s each, gzip):\n` +
        `  with the banner included (ESI): ${load(cost.withEsi)} (${cost.bytes.withEsi} bytes)\n` +
        `  same object, no ESI processing: ${load(cost.withoutEsi)} (${cost.bytes.withoutEsi} bytes)\n` +
        `  ESI / no ESI: ${(ratio * 100).toFixed(0)} % of the requests per second, p50 ×${(cost.withEsi.p50Ms / cost.withoutEsi.p50Ms).toFixed(2)}, p99 ×${(cost.withEsi.p99Ms / cost.withoutEsi.p99Ms).toFixed(2)}` +
        (cost.nginx ? `\n  nginx, the same assembled bytes: ${load(cost.nginx)}` : ""),
    );
  }
}
