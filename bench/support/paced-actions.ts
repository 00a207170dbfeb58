// wrk's load on one page with actions (an edit, a comment) started at a
// steady pace during it, and the baseline run of the same length without.
import { runWrk, type LoadFigures } from "@/bench/support/wrk";

export interface LoadPlan {
  url: string;
  connections: number;
  seconds: number;
  /** An action every this many milliseconds. */
  everyMs: number;
}

// The last action starts this long before wrk stops: an edit or a comment
// takes a second or more under load, and a purge answered after the load
// has ended meets no reader, so would cost the origin nothing.
const TAIL_MS = 3000;
const FIRST_MS = 1000;

/** When the actions start within a run: from 1 s in, so wrk is at full load for each. */
export function schedule(plan: LoadPlan): number[] {
  const offsets: number[] = [];
  const last = Math.max(FIRST_MS, plan.seconds * 1000 - TAIL_MS);
  for (let offset = FIRST_MS; offset <= last; offset += plan.everyMs) offsets.push(offset);
  return offsets;
}

export function runLoad(plan: LoadPlan): Promise<LoadFigures> {
  // Nothing pinned: the instances, Varnish and wrk share both cores, as the
  // serving-tier benchmark reads its latency bar.
  return runWrk(plan.url, { connections: plan.connections, seconds: plan.seconds, pin: false });
}

export interface Loaded<T> {
  figures: LoadFigures;
  /** Each action's result, or what it failed with. */
  results: (T | Error)[];
  /** Actions answered after wrk had stopped (their purge met no readers). */
  late: number;
}

/**
 * wrk for the plan's seconds with `action(i)` started on schedule, whether
 * or not the one before has been answered (readers and editors do not take
 * turns).
 */
export async function underLoad<T>(
  plan: LoadPlan,
  action: (index: number) => Promise<T>,
): Promise<Loaded<T>> {
  let loadEnded = Infinity;
  const load = runLoad(plan).finally(() => (loadEnded = performance.now()));
  const started = performance.now();
  const actions: Promise<{ result: T | Error; answeredAt: number }>[] = [];
  for (const [index, offset] of schedule(plan).entries()) {
    await new Promise((resolve) => setTimeout(resolve, started + offset - performance.now()));
    actions.push(
      action(index).then(
        (result) => ({ result, answeredAt: performance.now() }),
        (error: unknown) => ({
          result: error instanceof Error ? error : Error(String(error)),
          answeredAt: performance.now(),
        }),
      ),
    );
  }
  const figures = await load;
  const done = await Promise.all(actions);
  return {
    figures,
    results: done.map(({ result }) => result),
    late: done.filter(({ answeredAt }) => answeredAt > loadEnded).length,
  };
}

export const failures = <T>(results: (T | Error)[]) => results.filter((result) => result instanceof Error);
export const successes = <T>(results: (T | Error)[]) =>
  results.filter((result): result is T => !(result instanceof Error));
