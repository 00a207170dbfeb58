// `npm run bench:story` — a story page served by `npm run serve`'s server,
// this checkout against another build (BENCH_BEFORE_DIR: a checkout of the
// commit before a change, built with `next build`), both started side by
// side on their own embedded databases with the same demo content, each
// keying its pages for a caching proxy (CACHE_PROXY_*; nothing listens for
// the purges). Cold: the first request of each story (Next's cache holds
// nothing for it yet), asked of both in turn. Warm: wrk on one story Next
// has cached, as the caching proxy fetches it (with its token, so the
// server computes the surrogate keys) and as a reader asking an instance
// directly; nginx serving the same gzip bytes is the ceiling. Every ratio
// is between figures of this one run: the machine is shared and noisy.
import { startBenchApp, storyPaths, type BenchApp } from "@/bench/support/app-server";
import { startNginxCeiling } from "@/bench/support/nginx-ceiling";
import { rawGet } from "@/bench/support/raw-get";
import { requireWrk, runWrk, type LoadFigures } from "@/bench/support/wrk";
import { CACHE_PROXY_TOKEN_HEADER, cacheProxyToken } from "@/lib/cache-proxy/proxy-config";

const BEFORE_DIR = process.env.BENCH_BEFORE_DIR;
const PORT = Number(process.env.BENCH_PORT ?? 4330);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SECRET = "story-latency-bench";
const PROXY_HEADERS = { [CACHE_PROXY_TOKEN_HEADER]: cacheProxyToken(SECRET)! };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const answer = await rawGet(url, { ...PROXY_HEADERS, "accept-encoding": "gzip" });
  if (answer.status !== 200) throw new Error(`${url}: ${answer.status}`);
  return performance.now() - started;
}

async function start(port: number, dir?: string): Promise<BenchApp> {
  return startBenchApp(
    port,
    { CACHE_PROXY_PURGE_URLS: `http://127.0.0.1:${port + 9}/`, CACHE_PROXY_SECRET: SECRET },
    dir,
  );
}

interface Server {
  name: string;
  app: BenchApp;
}

/** The first request of each story, the servers taking turns to go first. */
async function cold(servers: Server[], paths: string[]): Promise<Map<string, number[]>> {
  const times = new Map(servers.map((server) => [server.name, [] as number[]]));
  for (const [index, path] of paths.entries()) {
    const order = index % 2 === 0 ? servers : [...servers].reverse();
    for (const server of order) times.get(server.name)!.push(await timedGet(`${server.app.origin}${path}`));
  }
  return times;
}

async function warm(url: string, headers: Record<string, string> = {}): Promise<LoadFigures> {
  // A short run first, so no row pays for warm-up (JIT, connection set-up).
  await runWrk(url, { connections: CONNECTIONS, seconds: 3, headers, pin: false });
  return runWrk(url, { connections: CONNECTIONS, seconds: SECONDS, headers, pin: false });
}

function row(label: string, figures: LoadFigures, base?: LoadFigures): string {
  const ratio = base ? `×${(figures.requestsPerSecond / base.requestsPerSecond).toFixed(2)}` : "";
  return (
    `${label.padEnd(44)} ${figures.requestsPerSecond.toFixed(0).padStart(7)} req/s  ` +
    `p50 ${figures.p50Ms.toFixed(1).padStart(6)} ms  p99 ${figures.p99Ms.toFixed(1).padStart(6)} ms  ` +
    `errors ${figures.errors}  ${ratio}`
  );
}

async function main(): Promise<void> {
  if (!BEFORE_DIR) throw new Error("Set BENCH_BEFORE_DIR to a built checkout of the commit to compare with.");
  requireWrk();
  const [before, after] = await Promise.all([start(PORT, BEFORE_DIR), start(PORT + 10)]);
  const servers: Server[] = [
    { name: "before", app: before },
    { name: "after", app: after },
  ];
  try {
    const paths = [...(await storyPaths(after.origin, "en")), ...(await storyPaths(after.origin, "ar"))];
    if (paths.length < 2) throw new Error("Too few stories on the front pages");
    const [first, ...rest] = paths;
    const coldTimes = await cold(servers, rest);
    console.log(`Cold: the first request of each of ${rest.length} stories (ms, via-proxy request)`);
    for (const { name } of servers) {
      const values = coldTimes.get(name)!;
      console.log(
        `  ${name.padEnd(7)} median ${median(values).toFixed(0)}, p90 ${percentile(values, 0.9).toFixed(0)}, max ${Math.max(...values).toFixed(0)}`,
      );
    }
    console.log(
      `  after/before median ×${(median(coldTimes.get("after")!) / median(coldTimes.get("before")!)).toFixed(2)}`,
    );

    const storyUrl = (server: Server) => `${server.app.origin}${first}`;
    for (const server of servers) for (let i = 0; i < 3; i++) await timedGet(storyUrl(server));
    const gzipped = await rawGet(storyUrl(servers[1]!), { "accept-encoding": "gzip" });
    const plain = await rawGet(storyUrl(servers[1]!));
    const ceiling = await startNginxCeiling(PORT + 50, plain.body, gzipped.body, {
      oneCore: false,
      rawHeaders: gzipped.rawHeaders,
    });
    try {
      console.log(`\nWarm: ${first}, ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds`);
      const ratios = { proxied: [] as number[], direct: [] as number[] };
      for (let round = 0; round < ROUNDS; round++) {
        const nginx = await warm(ceiling.url);
        console.log(row(`round ${round + 1}: nginx, same bytes and headers`, nginx));
        // Each kind of request measured on both servers back to back, the
        // first going first every other round: the machine's other work
        // comes and goes in bursts, and a pair shares the same one.
        for (const kind of ["proxied", "direct"] as const) {
          const headers = kind === "proxied" ? PROXY_HEADERS : {};
          const order = round % 2 === 0 ? servers : [...servers].reverse();
          const figures = new Map<string, LoadFigures>();
          for (const server of order) figures.set(server.name, await warm(storyUrl(server), headers));
          const label = kind === "proxied" ? "as the proxy fetches it" : "a reader directly";
          for (const { name } of servers)
            console.log(row(`round ${round + 1}: ${name}, ${label}`, figures.get(name)!, nginx));
          ratios[kind].push(
            figures.get("after")!.requestsPerSecond / figures.get("before")!.requestsPerSecond,
          );
        }
      }
      const summary = (values: number[]) =>
        `median ×${median(values).toFixed(2)} (${values.map((value) => value.toFixed(2)).join(", ")})`;
      console.log(`after/before req/s, as the proxy fetches it: ${summary(ratios.proxied)}`);
      console.log(`after/before req/s, a reader directly: ${summary(ratios.direct)}`);
    } finally {
      await ceiling.stop();
    }
  } finally {
    for (const server of servers) server.app.stop();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
