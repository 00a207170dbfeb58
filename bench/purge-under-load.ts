// `npm run bench:purge`: what purging the hottest story costs its readers.
// wrk holds 1,000 connections on an English front-page story through the
// proxy (two instances behind Varnish) while (a) an editor adds a note to
// it every 2 s, (b) a reader comments on it every 2 s, and (c) the editor
// unpublishes it; each beside a baseline with nothing changing, measured
// just before it, since the machine is shared and noisy and only ratios
// within one run say anything. Origin work is counted by the app (renders
// per instance) and by Varnish (backend requests). Nothing here asserts a
// time: the figures are printed against the goals of the purge work.
import { renderKey } from "@/bench/support/app-metrics";
import { burst } from "@/bench/support/concurrent-burst";
import { postComment, prepareComments, type CommentOutcome } from "@/bench/support/comment-readers";
import { storyPaths } from "@/bench/support/app-server";
import { signInCookie } from "@/bench/support/no-js-form";
import {
  originDelta,
  settledSnapshot,
  snapshotOrigin,
  totalRenders,
  type OriginDelta,
} from "@/bench/support/origin-counters";
import { stepForm, storyIdOf } from "@/bench/support/publish-visibility";
import { startReaderLoops } from "@/bench/support/reader-loops";
import { whenServed } from "@/bench/support/served-text";
import { correctionPoster, type EditTiming } from "@/bench/support/story-correction";
import { startThrowawayCluster, type BenchCluster } from "@/bench/support/throwaway-cluster";
import { unpublishTimeline, type Moment, type UnpublishTimeline } from "@/bench/support/unpublish-timeline";
import { requireWrk, runWrk, type LoadFigures } from "@/bench/support/wrk";
import { demoAccounts } from "@/prisma/demo-accounts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3360);
const CONNECTIONS = 1000;
const EVERY_MS = 2000;
const READER_LOOPS = 20;
const BURST = 1000;
const P99_GOAL = 1.5;
const STORY = "story";
const FRAGMENT = "comments-fragment";

interface Row {
  setup: string;
  figures: LoadFigures;
  ratio?: string;
}

interface Work {
  scenario: string;
  actions: number;
  unit: string;
  delta: OriginDelta;
  /** Requests of the scenario's own that Varnish passes to an instance (the comment POSTs). */
  passes?: number;
  /** Actions answered after wrk had stopped. */
  late?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The last action starts this long before wrk stops: an edit or a comment
// takes a second or more under load, and a purge answered after the load
// has ended meets no reader, so would cost the origin nothing.
const TAIL_MS = 3000;

/** When the actions start within a run: every 2 s from 1 s in, so wrk is at full load for each. */
function schedule(): number[] {
  const offsets: number[] = [];
  const last = Math.max(1000, SECONDS * 1000 - TAIL_MS);
  for (let offset = 1000; offset <= last; offset += EVERY_MS) offsets.push(offset);
  return offsets;
}

function runLoad(url: string): Promise<LoadFigures> {
  // Nothing pinned: the instances, Varnish and wrk share both cores, as the
  // serving-tier benchmark reads its latency bar.
  return runWrk(url, { connections: CONNECTIONS, seconds: SECONDS, pin: false });
}

interface Loaded<T> {
  figures: LoadFigures;
  /** Each action's result, or what it failed with. */
  results: (T | Error)[];
  /** Actions answered after wrk had stopped (their purge met no readers). */
  late: number;
}

/**
 * wrk for SECONDS with `action(i)` started on schedule, whether or not the
 * one before has been answered (readers and editors do not take turns).
 */
async function underLoad<T>(url: string, action: (index: number) => Promise<T>): Promise<Loaded<T>> {
  let loadEnded = Infinity;
  const load = runLoad(url).finally(() => (loadEnded = performance.now()));
  const started = performance.now();
  const actions: Promise<{ result: T | Error; answeredAt: number }>[] = [];
  for (const [index, offset] of schedule().entries()) {
    await sleep(started + offset - performance.now());
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

async function measuredWork<T>(
  cluster: BenchCluster,
  run: () => Promise<T>,
): Promise<{ value: T; delta: OriginDelta }> {
  const before = await snapshotOrigin(cluster);
  const value = await run();
  const after = await settledSnapshot(cluster);
  return { value, delta: originDelta(before, after) };
}

function ratio(figures: LoadFigures, baseline: LoadFigures): string {
  const times = figures.p99Ms / baseline.p99Ms;
  return `p99 ×${times.toFixed(2)} baseline (goal ≤ ${P99_GOAL.toFixed(2)}), ${figures.timeouts} time-outs (goal 0)`;
}

function printRows(rows: Row[]): void {
  console.log(
    `${"setup".padEnd(44)} ${"conns".padStart(5)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ` +
      `${"p99 ms".padStart(8)} ${"t-outs".padStart(6)} ${"errors".padStart(7)}  ratio`,
  );
  for (const { setup, figures, ratio } of rows) {
    console.log(
      `${setup.padEnd(44)} ${String(CONNECTIONS).padStart(5)} ${figures.requestsPerSecond.toFixed(0).padStart(8)} ` +
        `${figures.p50Ms.toFixed(1).padStart(8)} ${figures.p99Ms.toFixed(1).padStart(8)} ` +
        `${String(figures.timeouts).padStart(6)} ${String(figures.errors).padStart(7)}  ${ratio ?? ""}`,
    );
  }
}

function renders(delta: OriginDelta, kind: string, trigger?: string): string {
  const total = totalRenders(delta, kind, trigger);
  return total === null ? "n/a" : String(total);
}

function perAction(delta: OriginDelta, kind: string, actions: number): string {
  const total = totalRenders(delta, kind);
  return total === null || actions === 0 ? "n/a" : (total / actions).toFixed(2);
}

function printWork(work: Work[], metricsServed: boolean): void {
  console.log(
    `\n${"origin work during the run".padEnd(26)} ${"actions".padStart(8)} ${"story".padStart(6)} ` +
      `${"fragment".padStart(8)} ${"story/act".padStart(9)} ${"frag/act".padStart(8)} ` +
      `${"post answers".padStart(12)} ${"proxy fetches".padStart(13)}`,
  );
  for (const { scenario, actions, unit, delta, passes = 0 } of work) {
    console.log(
      `${scenario.padEnd(26)} ${`${actions} ${unit}`.padStart(8)} ${renders(delta, STORY).padStart(6)} ` +
        `${renders(delta, FRAGMENT).padStart(8)} ${perAction(delta, STORY, actions).padStart(9)} ` +
        `${perAction(delta, FRAGMENT, actions).padStart(8)} ${renders(delta, STORY, "post").padStart(12)} ` +
        `${String(delta.backendRequests - passes).padStart(13)}`,
    );
  }
  console.log(
    "Goal: at most 1 story render per edit; no story render per comment, 1 comments-fragment render instead.\n" +
      'story, fragment: renders for reads (news_page_renders_total{trigger="read"}), summed over the instances;\n' +
      "post answers: story pages rendered as the answer to a post (each comment's poster gets the page back);\n" +
      "proxy fetches: Varnish MAIN.backend_req, less the comment POSTs it passed to the instances.",
  );
  for (const { scenario, late = 0 } of work) {
    if (late > 0)
      console.log(`${scenario}: ${late} answered after wrk stopped; their purges met no readers.`);
  }
  if (!metricsServed)
    console.log("The instances serve no /metrics (n/a): only the proxy's count is available.");
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const moment = (value: Moment | null) =>
  value ? `${ms(value.fromRequest)} after the request, ${ms(value.fromAnswer)} after its answer` : "never";

function printTimeline(timeline: UnpublishTimeline, step: EditTiming): void {
  console.log(
    `\n(c) unpublish under load, ${timeline.readers} reader loops through the proxy beside wrk ` +
      `(the editor's request took ${ms(step.answeredAt - step.sentAt)}):`,
  );
  console.log(`  first 404:             ${moment(timeline.firstNotFound)}`);
  console.log(`  every reader on 404:   ${moment(timeline.everyReaderNotFound)}  (goal: within 1 s)`);
  console.log(`  last 200:              ${moment(timeline.lastOk)}`);
  console.log(`  longest wait for one answer, among those after the request: ${ms(timeline.longestWaitMs)}`);
  console.log(`  200s asked for after the first 404: ${timeline.okAfterFirstNotFound} (goal 0)`);
  if (timeline.otherStatuses.size > 0) {
    const others = [...timeline.otherStatuses].map(([status, count]) => `${count} × ${status || "failed"}`);
    console.log(`  other answers after the request: ${others.join(", ")}`);
  }
}

function summary(values: number[]): string {
  if (values.length === 0) return "none";
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${ms(sorted[Math.floor(sorted.length / 2)]!)}, max ${ms(sorted.at(-1)!)} (${values.length} edits)`;
}

const failures = <T>(results: (T | Error)[]) => results.filter((result) => result instanceof Error);
const successes = <T>(results: (T | Error)[]) =>
  results.filter((result): result is T => !(result instanceof Error));

async function main(): Promise<void> {
  requireWrk();
  const cluster = await startThrowawayCluster({ instances: 2, port: PORT });
  try {
    const [storyPath] = await storyPaths(cluster.proxyOrigin);
    if (!storyPath) throw new Error("No story on the English front page");
    const proxyUrl = `${cluster.proxyOrigin}${storyPath}`;
    const slug = decodeURIComponent(storyPath.split("/").pop()!);
    const storyId = await storyIdOf(cluster.databaseUrl, slug);
    // The editor works on one instance directly, as the newsroom is not cached.
    const editOrigin = cluster.instanceOrigins[0]!;
    const editor = demoAccounts.find((account) => account.email.startsWith("editor@"))!;
    const cookie = await signInCookie(editOrigin, editor.email, editor.password);
    const addNote = await correctionPoster(editOrigin, storyId, cookie);
    const run = Date.now().toString(36);
    const metricsServed = (await snapshotOrigin(cluster)).renders.every((counts) => counts !== null);
    console.log(
      `Story ${storyPath} (id ${storyId}), ${SECONDS} s per run, actions every ${EVERY_MS / 1000} s`,
    );
    if (!metricsServed) console.log("The instances serve no /metrics: render counts are n/a.");

    // One expired page asked for 1,000 times at once, on an idle cluster
    // (after the loaded runs the instances spend seconds working off their
    // queues, which says nothing about the expiry).
    const storyUrls = cluster.instanceOrigins.map((origin) => `${origin}${storyPath}`);
    for (const url of [...storyUrls, ...storyUrls]) await (await fetch(url)).arrayBuffer();
    await addNote(`Note before the burst, purge benchmark run ${run}`);
    const burstWork = await measuredWork(cluster, () => burst(storyUrls, BURST));

    for (let i = 0; i < 3; i++) await (await fetch(proxyUrl)).arrayBuffer();
    await runWrk(proxyUrl, { connections: CONNECTIONS, seconds: 3, pin: false });
    const rows: Row[] = [];
    const work: Work[] = [];

    // (a) An editor's note every 2 s, and when readers get the noted page.
    const baselineA = await measuredWork(cluster, () => runLoad(proxyUrl));
    const edits = await measuredWork(cluster, async () => {
      const loaded = await underLoad(proxyUrl, async (index) => {
        const text = `Note ${index + 1} of purge benchmark run ${run}`;
        const timing = await addNote(text);
        return { timing, served: whenServed(proxyUrl, text) };
      });
      const done = successes(loaded.results);
      const fresh = await Promise.all(
        done.map(async ({ timing, served }) => [timing, await served] as const),
      );
      return { ...loaded, done, fresh };
    });
    const doneEdits = edits.value.done;
    const freshMs = edits.value.fresh.flatMap(([timing, at]) =>
      at === null ? [] : [at - timing.answeredAt],
    );
    rows.push(
      { setup: "baseline (nothing changes)", figures: baselineA.value },
      {
        setup: `(a) editor's note every 2 s (${doneEdits.length})`,
        figures: edits.value.figures,
        ratio: ratio(edits.value.figures, baselineA.value),
      },
    );
    work.push(
      { scenario: "baseline before (a)", actions: 0, unit: "", delta: baselineA.delta },
      {
        scenario: "(a) editor's notes",
        actions: doneEdits.length,
        unit: "edits",
        delta: edits.delta,
        late: edits.value.late,
      },
    );

    // (b) A reader's comment every 2 s, through the proxy.
    const prepared = await prepareComments(proxyUrl, schedule().length);
    const baselineB = await measuredWork(cluster, () => runLoad(proxyUrl));
    const comments = await measuredWork(cluster, () =>
      underLoad<CommentOutcome>(proxyUrl, (index) => postComment(proxyUrl, prepared[index]!)),
    );
    const visible = comments.value.results.filter((result) => result === "visible").length;
    rows.push(
      { setup: "baseline (nothing changes)", figures: baselineB.value },
      {
        setup: `(b) reader's comment every 2 s (${visible})`,
        figures: comments.value.figures,
        ratio: ratio(comments.value.figures, baselineB.value),
      },
    );
    work.push(
      { scenario: "baseline before (b)", actions: 0, unit: "", delta: baselineB.delta },
      {
        scenario: "(b) readers' comments",
        actions: visible,
        unit: "posts",
        delta: comments.delta,
        passes: comments.value.results.length,
        late: comments.value.late,
      },
    );

    // (c) The editor unpublishes halfway through a run, reader loops beside wrk.
    const editPage = `${editOrigin}/en/newsroom/stories/${storyId}`;
    const unpublish = await stepForm(editPage, cookie, "unpublish");
    const baselineC = await measuredWork(cluster, () => runLoad(proxyUrl));
    const withdrawal = await measuredWork(cluster, async () => {
      const readers = startReaderLoops(proxyUrl, READER_LOOPS);
      const load = runLoad(proxyUrl);
      await sleep((SECONDS * 1000) / 2);
      const sentAt = performance.now();
      await unpublish();
      const step = { sentAt, answeredAt: performance.now() };
      const figures = await load;
      return { figures, step, timeline: unpublishTimeline(await readers.stop(), step) };
    });
    const { figures: unpublished, step, timeline } = withdrawal.value;
    rows.push(
      { setup: "baseline (nothing changes)", figures: baselineC.value },
      {
        setup: "(c) unpublished halfway",
        figures: unpublished,
        ratio: `${unpublished.non2xx} of the errors are non-2xx (the 404s after the unpublish)`,
      },
    );
    work.push(
      { scenario: "baseline before (c)", actions: 0, unit: "", delta: baselineC.delta },
      // The reader loops' requests reach the origin as wrk's do: no passes.
      { scenario: "(c) unpublish", actions: 1, unit: "", delta: withdrawal.delta },
    );

    console.log("");
    printRows(rows);
    printWork(work, metricsServed);
    const perInstance = burstWork.delta.renders.map(
      (counts, index) =>
        `instance ${index + 1}: ${counts ? (counts.get(renderKey(STORY, "read")) ?? 0) : "n/a"}`,
    );
    const statuses = [...burstWork.value].map(([status, count]) => `${count} × ${status || "failed"}`);
    console.log(
      `\nOne expired story, ${BURST} GETs at once split over the instances directly (${statuses.join(", ")}):\n` +
        `  story renders ${perInstance.join(", ")} (goal: 1 per instance)`,
    );
    console.log(`\nEdited page served by the proxy, after the edit's answer: ${summary(freshMs)}`);
    if (freshMs.length < doneEdits.length)
      console.log(`  ${doneEdits.length - freshMs.length} edits were not served within 30 s`);
    printTimeline(timeline, step);
    const problems = [
      ...failures(edits.value.results).map((error) => `edit: ${error.message}`),
      ...comments.value.results
        .filter((result) => result !== "visible")
        .map((result) => `comment: ${result instanceof Error ? result.message : result}`),
    ];
    if (problems.length > 0) console.log(`\nActions that failed:\n  ${problems.join("\n  ")}`);
  } finally {
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
