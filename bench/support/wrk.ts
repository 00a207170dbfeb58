// Runs wrk (Debian's `wrk`: a C load generator that is not the bottleneck,
// unlike a Node one) and reads its latency distribution and errors.
import { execFile, execFileSync } from "node:child_process";
import { loadGeneratorCommand, pinning } from "@/bench/support/cpu-pinning";

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors (connect, read, write, timeout) plus non-2xx/3xx answers. */
  errors: number;
  /** Of those, requests that got no answer within wrk's --timeout. */
  timeouts: number;
  /** Of those, answers with a status other than 2xx or 3xx (a 404 after an unpublish among them). */
  non2xx: number;
}

export function requireWrk(): void {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
  } catch (error) {
    // wrk --version exits 1 after printing; only a missing binary is a problem.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error("wrk is not installed: apt-get install wrk (Debian), then run the benchmark again.");
    }
  }
}

function toMs(value: string, unit: string): number {
  const n = Number(value);
  return unit === "us" ? n / 1000 : unit === "s" ? n * 1000 : unit === "m" ? n * 60_000 : n;
}

export function parseWrk(output: string): LoadFigures {
  const latency = (pct: string) => {
    const match = output.match(new RegExp(`^\\s+${pct}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m"));
    return match ? toMs(match[1]!, match[2]!) : NaN;
  };
  const socket = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const non2xx = Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const socketErrors = socket ? socket.slice(1, 5).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    requestsPerSecond: Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? NaN),
    p50Ms: latency("50"),
    p99Ms: latency("99"),
    errors: socketErrors + non2xx,
    timeouts: Number(socket?.[4] ?? 0),
    non2xx,
  };
}

export function runWrk(
  url: string,
  opts: {
    connections: number;
    seconds: number;
    threads?: number;
    pin?: boolean;
    headers?: Record<string, string>;
    /** A Lua script (wrk -s) and the arguments its init() gets. */
    script?: { path: string; args?: string[] };
  },
): Promise<LoadFigures> {
  const args = [
    // Pinned to one core, one thread: a second would only share that core.
    `-t${opts.threads ?? (pinning && opts.pin !== false ? 1 : 2)}`,
    `-c${opts.connections}`,
    `-d${opts.seconds}s`,
    "--timeout",
    "10s",
    "--latency",
    "-H",
    "Accept-Encoding: gzip",
    ...Object.entries(opts.headers ?? {}).flatMap(([name, value]) => ["-H", `${name}: ${value}`]),
    ...(opts.script ? ["-s", opts.script.path] : []),
    url,
    ...(opts.script?.args?.length ? ["--", ...opts.script.args] : []),
  ];
  return new Promise((resolve, reject) => {
    const command = loadGeneratorCommand(args, opts.pin);
    execFile(command.file, command.args, { maxBuffer: 1 << 20 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(parseWrk(stdout));
    });
  });
}
