// One delivery scenario of `npm run bench:live`: wrk's readers hold a live
// page open (bench/support/live-readers.lua) while an editor posts entries
// a few seconds apart and a few observers time each one. Origin work is
// counted over a stretch with nothing posted, then over the posts, so what
// the posts cost is the difference, whatever the readers cost by themselves.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { countedWork, type OriginDelta } from "@/bench/support/origin-counters";
import { startObservers } from "@/bench/support/live-observers";
import type { PostedEntry } from "@/bench/support/live-poster";
import { pidsListeningOn } from "@/bench/support/cpu-pinning";
import { totalCpuSeconds } from "@/bench/support/process-cpu";
import type { BenchCluster } from "@/bench/support/throwaway-cluster";
import { runWrk, type LoadFigures } from "@/bench/support/wrk";

const READERS_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), "live-readers.lua");
const WARM_UP_S = 3;
const SETTLE_S = 3;

export interface DeliveryPlan {
  label: string;
  readers: number;
  entries: number;
  spacingMs: number;
  baselineS: number;
  observers: number;
  /** Where readers and observers go: the proxy, or (the alternative) straight to the instances. */
  origins: string[];
  /** The answer's and the page's paths. */
  pollPath: string;
  pagePath: string;
  post: (body: string) => Promise<PostedEntry>;
}

export interface Stretch {
  seconds: number;
  delta: OriginDelta;
  cpuSeconds: number;
}

export interface DeliveryOutcome {
  plan: DeliveryPlan;
  /** Post (sent) to seen, per entry and observer, in ms; null when an observer never saw it. */
  fromSent: (number | null)[];
  fromAnswered: (number | null)[];
  /** How long the editor waited for each post's answer. */
  postMs: number[];
  baseline: Stretch;
  posting: Stretch;
  load: LoadFigures[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stretch<T>(cluster: BenchCluster, pids: number[], run: () => Promise<T>) {
  const cpuBefore = totalCpuSeconds(pids);
  const started = performance.now();
  const { value, delta } = await countedWork(cluster, run);
  return {
    value,
    stretch: {
      seconds: (performance.now() - started) / 1000,
      delta,
      cpuSeconds: totalCpuSeconds(pids) - cpuBefore,
    },
  };
}

export async function runDelivery(cluster: BenchCluster, plan: DeliveryPlan): Promise<DeliveryOutcome> {
  const pids = cluster.instanceOrigins.flatMap((origin) => pidsListeningOn(Number(new URL(origin).port)));
  const seconds =
    WARM_UP_S + plan.baselineS * 2 + Math.ceil((plan.entries * plan.spacingMs) / 1000) + SETTLE_S * 4;
  const perOrigin = Math.floor(plan.readers / plan.origins.length);
  const load = Promise.all(
    plan.origins.map((origin) =>
      runWrk(`${origin}${plan.pollPath}`, {
        connections: perOrigin,
        seconds,
        threads: 1,
        // Pinned to core 0, wrk would share it with whatever instance runs there.
        pin: false,
        script: { path: READERS_SCRIPT, args: [plan.pollPath, plan.pagePath, String(perOrigin)] },
      }),
    ),
  );
  await sleep(WARM_UP_S * 1000);
  const baseline = await stretch(cluster, pids, () => sleep(plan.baselineS * 1000));
  const observers = plan.origins.map((origin) =>
    startObservers(`${origin}${plan.pollPath}`, Math.ceil(plan.observers / plan.origins.length)),
  );
  const posting = await stretch(cluster, pids, async () => {
    const posted: PostedEntry[] = [];
    for (let index = 0; index < plan.entries; index++) {
      const due = performance.now() + plan.spacingMs;
      posted.push(
        await plan.post(`${plan.label}: تحديث رقم ${index + 1} في قياس التغطية المباشرة ${Date.now()}`),
      );
      await sleep(Math.max(0, due - performance.now()));
    }
    await sleep(SETTLE_S * 1000);
    return posted;
  });
  for (const observer of observers) observer.stop();
  const figures = await load;
  const seen = (entry: PostedEntry, from: number) =>
    observers
      .flatMap((observer) => observer.seenAt(entry.entryId))
      .map((at) => (at === null ? null : at - from));
  return {
    plan,
    fromSent: posting.value.flatMap((entry) => seen(entry, entry.sentAt)),
    fromAnswered: posting.value.flatMap((entry) => seen(entry, entry.answeredAt)),
    postMs: posting.value.map((entry) => entry.answeredAt - entry.sentAt),
    baseline: baseline.stretch,
    posting: posting.stretch,
    load: figures,
  };
}
