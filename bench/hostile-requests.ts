// `npm run bench:hostile`: readers' latency under load while one hostile
// request at a time hits the server (the hardening issue's bar: p99 moves
// by less than 2×, no reader error). Each run of wrk lasts BENCH_SECONDS
// (60) at BENCH_CONNECTIONS (200) on a warm story page; the first run has
// no hostile request and is the baseline, measured in the same session.
import { startBenchApp, storyPaths } from "@/bench/support/app-server";
import {
  deepMarkdown,
  hugeBody,
  imageBombs,
  signInFlood,
  type HostileOutcome,
} from "@/bench/support/hostile-requests";
import { requireWrk, runWrk, type LoadFigures } from "@/bench/support/wrk";
import { demoAccounts } from "@/prisma/demo-accounts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const PORT = Number(process.env.BENCH_PORT ?? 3250);
// The hostile request starts once the load has settled.
const DELAY_MS = Math.min(5_000, (SECONDS * 1000) / 6);

function line(name: string, figures: LoadFigures, baseline?: LoadFigures): string {
  const ratio = baseline ? `  p99 ×${(figures.p99Ms / baseline.p99Ms).toFixed(2)}` : "";
  return (
    `${name.padEnd(44)} ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s  ` +
    `p50 ${figures.p50Ms.toFixed(1).padStart(6)} ms  p99 ${figures.p99Ms.toFixed(1).padStart(7)} ms  ` +
    `reader errors ${figures.errors}${ratio}`
  );
}

async function main(): Promise<void> {
  requireWrk();
  const app = await startBenchApp(PORT, { SEED_DEMO_ACCOUNTS: "1" });
  try {
    const [reading, ...others] = await storyPaths(app.origin);
    if (!reading || others.length < 1) throw new Error("Not enough stories on the front page");
    const url = `${app.origin}${reading}`;
    for (let i = 0; i < 3; i++) await (await fetch(url)).arrayBuffer();
    const editor = demoAccounts.find((account) => account.email.startsWith("editor@"))!;
    const scenarios: [string, () => Promise<HostileOutcome>][] = [
      ["deep Markdown", () => deepMarkdown(app.origin, app.databaseUrl, others[0]!)],
      ["250 MB body", () => hugeBody(app.origin)],
      ["image bombs", () => imageBombs(app.origin, editor.email, editor.password)],
      ["10,000 sign-ins", () => signInFlood(app.origin, editor.email)],
    ];
    console.log(`Readers: ${url}, ${CONNECTIONS} connections, ${SECONDS} s per run\n`);
    // A short run first, so the baseline is not the one that pays for JIT warm-up.
    await runWrk(url, { connections: CONNECTIONS, seconds: Math.min(15, SECONDS) });
    const baseline = await runWrk(url, { connections: CONNECTIONS, seconds: SECONDS });
    console.log(line("baseline (no hostile request)", baseline));
    for (const [name, hostile] of scenarios) {
      // Readers are measured in windows of SECONDS for as long as the hostile
      // work lasts (10,000 sign-ins outlast one window); the worst window counts.
      let done = false;
      const attack = new Promise((resolve) => setTimeout(resolve, DELAY_MS))
        .then(hostile)
        .finally(() => (done = true));
      const windows: LoadFigures[] = [];
      do windows.push(await runWrk(url, { connections: CONNECTIONS, seconds: SECONDS }));
      while (!done);
      const outcome = await attack;
      const worst = windows.reduce((a, b) => (b.p99Ms > a.p99Ms ? b : a));
      const errors = windows.reduce((sum, each) => sum + each.errors, 0);
      console.log(line(`with ${name} (${windows.length} × ${SECONDS} s)`, { ...worst, errors }, baseline));
      console.log(`${"".padEnd(4)}${outcome.what}: ${outcome.answers} in ${outcome.seconds.toFixed(2)} s`);
    }
  } finally {
    app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
