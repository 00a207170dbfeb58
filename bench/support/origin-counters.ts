// What reached the origin between two moments, counted twice: by the app
// (renders per instance, by route kind) and by Varnish (requests it sent
// to the instances). Varnish's client-side counters (s_pass, cache_miss)
// reach varnishstat only when a busy worker thread gets round to adding
// them, seconds late under load; backend_req is counted as each fetch ends.
import { renderDelta, renderKey, scrapeRenders, type RenderCounts } from "@/bench/support/app-metrics";

export interface CountingCluster {
  instanceOrigins: string[];
  metricsToken: string;
  /** A MAIN counter from varnishstat. */
  varnishCounter(name: string): number;
}

export interface OriginSnapshot {
  renders: (RenderCounts | null)[];
  backendRequests: number;
}

export interface OriginDelta {
  /** Per instance, in the order of instanceOrigins; null when an instance serves no metrics. */
  renders: (RenderCounts | null)[];
  /** Varnish's requests to the instances: misses, background fetches, fragments, and passes (POSTs). */
  backendRequests: number;
}

export async function snapshotOrigin(cluster: CountingCluster): Promise<OriginSnapshot> {
  const renders = await Promise.all(
    cluster.instanceOrigins.map((origin) => scrapeRenders(origin, cluster.metricsToken)),
  );
  return { renders, backendRequests: cluster.varnishCounter("backend_req") };
}

function originDelta(before: OriginSnapshot, after: OriginSnapshot): OriginDelta {
  return {
    renders: after.renders.map((counts, index) => renderDelta(before.renders[index] ?? null, counts)),
    backendRequests: after.backendRequests - before.backendRequests,
  };
}

/** Renders of `kind` for `trigger` over every instance, or null when any instance serves no metrics. */
export function totalRenders(delta: OriginDelta, kind: string, trigger = "read"): number | null {
  if (delta.renders.some((counts) => counts === null)) return null;
  return delta.renders.reduce((sum, counts) => sum + (counts!.get(renderKey(kind, trigger)) ?? 0), 0);
}

/** Waits until the instances stop rendering (a background fetch may finish after its answer). */
async function settledSnapshot(cluster: CountingCluster, quietMs = 500): Promise<OriginSnapshot> {
  let last = await snapshotOrigin(cluster);
  for (let round = 0; round < 20; round++) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const next = await snapshotOrigin(cluster);
    const same =
      next.backendRequests === last.backendRequests &&
      next.renders.every(
        (counts, index) =>
          JSON.stringify([...(counts ?? [])]) === JSON.stringify([...(last.renders[index] ?? [])]),
      );
    last = next;
    if (same) break;
  }
  return last;
}

/** What reached the origin while `run` ran (and until the instances went quiet after it). */
export async function countedWork<T>(
  cluster: CountingCluster,
  run: () => Promise<T>,
): Promise<{ value: T; delta: OriginDelta }> {
  const before = await snapshotOrigin(cluster);
  const value = await run();
  const after = await settledSnapshot(cluster);
  return { value, delta: originDelta(before, after) };
}
