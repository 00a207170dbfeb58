// Starts the production build on its own embedded database for a
// benchmark, and stops it (process group) when the benchmark ends.
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";

export interface BenchApp {
  origin: string;
  databaseUrl: string;
  stop: () => void;
}

export async function waitFor(url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Timed out waiting for ${url}`);
}

/** `dir`: another checkout's build (e.g. the commit before a change), else this one. */
export async function startBenchApp(
  port: number,
  extraEnv: Record<string, string> = {},
  dir?: string,
): Promise<BenchApp> {
  const pgPort = port + 20000;
  const child: ChildProcess = spawn("npx", ["tsx", "scripts/serve.ts"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      EMBEDDED_PG_DIR:
        process.env.EMBEDDED_PG_DIR ?? path.join(os.tmpdir(), `news-bench-${process.pid}-${port}`),
      EMBEDDED_PG_PORT: String(pgPort),
      NEXT_TELEMETRY_DISABLED: "1",
      ...extraEnv,
    },
    detached: true,
  });
  // Once only: a bench that stops the server itself still has this exit
  // handler, and signalling a process group that is gone throws.
  let stopped = false;
  const stop = () => {
    if (stopped || !child.pid || child.exitCode !== null) return;
    stopped = true;
    process.kill(-child.pid, "SIGTERM");
  };
  process.on("exit", stop);
  // An address, not "localhost": wrk would try ::1 first, where the server does not listen.
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}/en`);
  const databaseUrl = process.env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${pgPort}/news`;
  return { origin, databaseUrl, stop };
}

/** The story links on a locale's front page, newest first. */
export async function storyPaths(origin: string, locale = "en"): Promise<string[]> {
  const home = await (await fetch(`${origin}/${locale}`)).text();
  return [
    ...new Set([...home.matchAll(new RegExp(`href="(/${locale}/story/[^"#]+)"`, "g"))].map((m) => m[1]!)),
  ];
}
