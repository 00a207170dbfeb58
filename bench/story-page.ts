// `npm run bench`: story-page throughput and latency of the production
// build, against a plain static file server sending the very same HTML
// bytes as the ceiling, measured in the same run and reported as a ratio.
// Needs `npm run build` first; uses its own embedded database unless
// DATABASE_URL is set.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { waitFor } from "@/bench/support/app-server";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3200);
const STATIC_PORT = APP_PORT + 1;

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

function startApp(): ChildProcess {
  return spawn("npx", ["tsx", "scripts/serve.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(APP_PORT),
      EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR ?? path.join(os.tmpdir(), `news-bench-${process.pid}`),
      EMBEDDED_PG_PORT: String(APP_PORT + 20000),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    detached: true,
  });
}

function startStatic(html: Buffer): Promise<Server> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": html.length });
    res.end(html);
  });
  return new Promise((resolve) => server.listen(STATIC_PORT, "127.0.0.1", () => resolve(server)));
}

async function measure(url: string): Promise<Figures> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function firstStoryPath(): Promise<string> {
  const home = await (await fetch(`http://localhost:${APP_PORT}/en`)).text();
  const match = home.match(/href="(\/en\/story\/[^"]+)"/);
  if (!match?.[1]) throw new Error("No story link on the English front page");
  return match[1];
}

function row(name: string, figures: Figures): string {
  return `${name.padEnd(22)} ${figures.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${String(figures.p50).padStart(4)} ms   p99 ${String(figures.p99).padStart(4)} ms   errors ${figures.errors}`;
}

async function main(): Promise<void> {
  const app = startApp();
  const stopApp = () => {
    if (app.pid) process.kill(-app.pid, "SIGTERM");
  };
  process.on("exit", stopApp);
  try {
    await waitFor(`http://localhost:${APP_PORT}/en`);
    const storyUrl = `http://localhost:${APP_PORT}${await firstStoryPath()}`;
    // Warm the cache so the run measures what readers get: a cached page.
    for (let i = 0; i < 3; i++) await fetch(storyUrl);
    const html = Buffer.from(await (await fetch(storyUrl)).arrayBuffer());
    const staticServer = await startStatic(html);

    console.log(
      `Story page: ${storyUrl} (${html.length} bytes), ${CONNECTIONS} connections, ${DURATION_S}s each\n`,
    );
    const ceiling = await measure(`http://127.0.0.1:${STATIC_PORT}/`);
    const story = await measure(storyUrl);
    staticServer.close();

    console.log(row("static file (ceiling)", ceiling));
    console.log(row("story page (Next.js)", story));
    console.log(
      `\nratio story/static: throughput ${(story.requestsPerSecond / ceiling.requestsPerSecond).toFixed(3)}, ` +
        `p50 latency ${(story.p50 / Math.max(ceiling.p50, 1)).toFixed(2)}x`,
    );
  } finally {
    stopApp();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
