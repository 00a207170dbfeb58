// On a two-core machine wrk and the server it measures fight for the same
// cores, and whatever else runs moves the figures from run to run. When
// the machine has at least two cores, wrk runs alone on core 0 and the
// server being compared (nginx, or the caching proxy) alone on core 1, so
// both servers get the same one core and their ratio compares like with like.
import { execFileSync } from "node:child_process";
import os from "node:os";

const LOAD_CPU = "0";
const SERVER_CPU = "1";

function hasTaskset(): boolean {
  try {
    execFileSync("taskset", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export const pinning = os.availableParallelism() >= 2 && process.env.BENCH_PIN !== "0" && hasTaskset();

/** The command that runs wrk: on its own core when pinning (and `pin` is not false). */
export function loadGeneratorCommand(args: string[], pin = pinning): { file: string; args: string[] } {
  return pin && pinning ? { file: "taskset", args: ["-c", LOAD_CPU, "wrk", ...args] } : { file: "wrk", args };
}

export function pidsListeningOn(port: number): number[] {
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  return [...new Set([...out.matchAll(/pid=(\d+)/g)].map((match) => Number(match[1])))];
}

function setAffinity(pid: number, cpus: string): void {
  // -a: every thread the process has now; threads made later inherit it.
  execFileSync("taskset", ["-a", "-p", "-c", cpus, String(pid)], { stdio: "ignore" });
}

/**
 * Puts every process listening on `port` (a master and its workers, or
 * varnishd's manager and child) on the server core until the returned
 * function is called. Does nothing when not pinning.
 */
export function pinServer(port: number): () => void {
  if (!pinning) return () => {};
  const pids = pidsListeningOn(port);
  if (pids.length === 0) throw new Error(`Nothing listens on port ${port} to pin`);
  for (const pid of pids) setAffinity(pid, SERVER_CPU);
  const all = `0-${os.availableParallelism() - 1}`;
  return () => {
    for (const pid of pids) {
      try {
        setAffinity(pid, all);
      } catch {
        // The process has ended: nothing to give back.
      }
    }
  };
}

export function pinningNote(): string {
  return pinning
    ? `wrk on core ${LOAD_CPU}; nginx and the proxy each measured alone on core ${SERVER_CPU}, then again with nothing pinned; app instances unpinned`
    : "no CPU pinning (fewer than 2 cores, no taskset, or BENCH_PIN=0)";
}
