// Builds and serves bench/bare-next, a Next app of one empty page, with the
// very Next version the site uses: what a bare Next page loads is the
// baseline the site's reading pages are held to (at most 5 KB more).
import { execFileSync, spawn } from "node:child_process";
import { waitFor } from "@/bench/support/app-server";

const DIR = "bench/bare-next";
const NEXT = "node_modules/next/dist/bin/next";

export async function startBareNext(port: number): Promise<{ origin: string; stop: () => void }> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync(process.execPath, [NEXT, "build", DIR], { stdio: ["ignore", "ignore", "inherit"], env });
  const child = spawn(process.execPath, [NEXT, "start", DIR, "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
    detached: true,
  });
  let stopped = false;
  const stop = () => {
    if (stopped || !child.pid) return;
    stopped = true;
    process.kill(-child.pid, "SIGTERM");
  };
  process.on("exit", stop);
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(origin);
  return { origin, stop };
}
