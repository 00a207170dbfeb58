// `npm run bench` (serving tier): first the time from an editor's publish
// (and unpublish) on one instance to what readers get through the proxy,
// over 20 rounds; then a warm story page through the caching proxy, from
// one app instance directly, from two instances behind the proxy with its
// cache bypassed, and from nginx serving the same gzip bytes as the
// ceiling (the body alone, and the body with the proxy's headers), each
// with wrk at 200 and 1,000 connections (nginx and the proxy both pinned
// to one core and with nothing pinned). Every ratio is between figures of
// this one run: the machine is shared and noisy.
import { pinning, pinServer, pinningNote } from "@/bench/support/cpu-pinning";
import { startNginxCeiling, type NginxCeiling } from "@/bench/support/nginx-ceiling";
import { median, measurePublishVisibility } from "@/bench/support/publish-visibility";
import { rawGet } from "@/bench/support/raw-get";
import { startBenchTopology } from "@/bench/support/bench-topology";
import { signInCookie } from "@/bench/support/no-js-form";
import { storyPaths } from "@/bench/support/app-server";
import { requireWrk, runWrk, type LoadFigures } from "@/bench/support/wrk";
import { demoAccounts } from "@/prisma/demo-accounts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3260);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const CONNECTIONS = [200, 1000];

interface Row {
  setup: string;
  connections: number;
  figures: LoadFigures;
  ratio?: string;
}

function printRows(rows: Row[]): void {
  console.log(
    `${"setup".padEnd(46)} ${"conns".padStart(5)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)}  ratio`,
  );
  for (const { setup, connections, figures, ratio } of rows) {
    console.log(
      `${setup.padEnd(46)} ${String(connections).padStart(5)} ${figures.requestsPerSecond.toFixed(0).padStart(8)} ` +
        `${figures.p50Ms.toFixed(1).padStart(8)} ${figures.p99Ms.toFixed(1).padStart(8)} ${String(figures.errors).padStart(7)}  ${ratio ?? ""}`,
    );
  }
}

async function load(url: string, connections: number, pin?: boolean): Promise<LoadFigures> {
  // A short run first, so no row pays for warm-up (JIT, connection set-up).
  await runWrk(url, { connections, seconds: 3, pin });
  return runWrk(url, { connections, seconds: SECONDS, pin });
}

async function pinned<T>(port: number, run: () => Promise<T>): Promise<T> {
  const release = pinServer(port);
  try {
    return await run();
  } finally {
    release();
  }
}

function times(value: number, base: number): string {
  return `×${(value / base).toFixed(2)}`;
}

function ratioToCeilings(proxied: LoadFigures, body: LoadFigures, whole: LoadFigures): string {
  return (
    `${times(proxied.requestsPerSecond, body.requestsPerSecond)} nginx body, ` +
    `${times(proxied.requestsPerSecond, whole.requestsPerSecond)} body+headers`
  );
}

interface Ceilings {
  /** nginx sending the proxy's gzip body alone. */
  body: NginxCeiling;
  /** The same body with the proxy's headers: the whole answer. */
  whole: NginxCeiling;
}

/**
 * The two ceilings, then the warm story through the proxy. `pin`: each
 * server alone on the server core (one nginx worker); else nothing pinned,
 * wrk and the server sharing every core (a worker per core). Pinned, the
 * proxy's hundreds of worker threads queue for one core and its p99 says
 * more about that core's scheduler than about the proxy: the latency bar
 * is read unpinned.
 */
async function proxyAgainstCeilings(
  connections: number,
  ceilings: Ceilings,
  proxyUrl: string,
  pin: boolean,
): Promise<Row[]> {
  const measure = (url: string) =>
    pin ? pinned(Number(new URL(url).port), () => load(url, connections)) : load(url, connections, false);
  const body = await measure(ceilings.body.url);
  const whole = await measure(ceilings.whole.url);
  const proxied = await measure(proxyUrl);
  const where = pin ? "" : ", nothing pinned";
  return [
    { setup: `nginx, same gzip body${where}`, connections, figures: body },
    { setup: `nginx, same body and headers${where}`, connections, figures: whole },
    {
      setup: `proxy, warm story${where}`,
      connections,
      figures: proxied,
      ratio: ratioToCeilings(proxied, body, whole),
    },
  ];
}

async function main(): Promise<void> {
  requireWrk();
  const topology = await startBenchTopology({ instances: 2, port: PORT });
  try {
    const [storyPath] = await storyPaths(topology.proxyOrigin);
    if (!storyPath) throw new Error("No story on the English front page");
    const proxyUrl = `${topology.proxyOrigin}${storyPath}`;
    for (let i = 0; i < 3; i++) await rawGet(proxyUrl, { "accept-encoding": "gzip" });
    const gzipped = await rawGet(proxyUrl, { "accept-encoding": "gzip" });
    if (gzipped.headers["content-encoding"] !== "gzip") throw new Error("The proxy did not answer with gzip");
    const plain = await rawGet(proxyUrl);
    // Publish and unpublish first, on the idle topology: after the load runs
    // below, the instances spend seconds working off what the 1,000-connection
    // runs queued on them, which says nothing about a purge.
    const editor = demoAccounts.find((account) => account.email.startsWith("editor@"))!;
    const cookie = await signInCookie(topology.instanceOrigins[0]!, editor.email, editor.password);
    const visibility = await measurePublishVisibility({
      editOrigin: topology.instanceOrigins[0]!,
      proxyOrigin: topology.proxyOrigin,
      storyPath,
      databaseUrl: topology.databaseUrl,
      cookie,
      rounds: ROUNDS,
    });
    const summary = (values: number[], after: number[]) =>
      `median ${median(values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms, ` +
      `${values.filter((value) => value > 1000).length} of ${values.length} over 1 s; ` +
      `after the editor's request was answered: median ${median(after).toFixed(0)} ms, max ${Math.max(...after).toFixed(0)} ms`;
    console.log(
      `\nPublish on instance A → visible through the proxy: ${summary(visibility.publishMs, visibility.publishAfterAnswerMs)}`,
    );
    console.log(
      `Unpublish on instance A → 404 through the proxy: ${summary(visibility.unpublishMs, visibility.unpublishAfterAnswerMs)}`,
    );
    // Two ceilings: the proxy's gzip body alone, and its whole answer (the
    // same body with the same 2 KB of headers: security policy, surrogate
    // keys, Vary...), each with one worker (pinned) and, when pinning, with
    // a worker per core, as the proxy has threads on every core.
    const startCeilings = async (port: number, oneCore: boolean): Promise<Ceilings> => ({
      body: await startNginxCeiling(port, plain.body, gzipped.body, { oneCore }),
      whole: await startNginxCeiling(port + 1, plain.body, gzipped.body, {
        oneCore,
        rawHeaders: gzipped.rawHeaders,
      }),
    });
    const onOneCore = await startCeilings(PORT + 50, pinning);
    const onEveryCore = pinning ? await startCeilings(PORT + 52, false) : null;
    const rows: Row[] = [];
    try {
      console.log(`Story ${storyPath}: ${gzipped.body.length} bytes gzip, ${SECONDS} s per run`);
      console.log(`${pinningNote()}\n`);
      for (const connections of CONNECTIONS) {
        rows.push(...(await proxyAgainstCeilings(connections, onOneCore, proxyUrl, true)));
        if (onEveryCore)
          rows.push(...(await proxyAgainstCeilings(connections, onEveryCore, proxyUrl, false)));
        const single = await load(`${topology.instanceOrigins[0]}${storyPath}`, connections);
        const bypassed = await load(`${topology.bypassOrigin}${storyPath}`, connections);
        rows.push(
          { setup: "1 instance directly", connections, figures: single },
          {
            setup: `${topology.instanceOrigins.length} instances behind proxy, cache bypassed`,
            connections,
            figures: bypassed,
            // Saturated instances fail their health checks and the proxy answers
            // quick 503s: a rate of errors is no throughput to compare.
            ratio:
              bypassed.errors > 0
                ? "none: instances saturated, the proxy answered 503s"
                : `${times(bypassed.requestsPerSecond, single.requestsPerSecond)} 1 instance`,
          },
        );
      }
    } finally {
      const ceilings = [onOneCore, onEveryCore].flatMap((pair) => (pair ? [pair.body, pair.whole] : []));
      await Promise.all(ceilings.map((ceiling) => ceiling.stop()));
    }
    printRows(rows);
  } finally {
    await topology.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
