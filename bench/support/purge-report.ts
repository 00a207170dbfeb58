// The purge benchmark's tables: readers' latency beside each baseline, the
// origin's work per action, and the unpublish as the reader loops saw it,
// each printed against the goal it is read by.
import { renderKey } from "@/bench/support/app-metrics";
import { totalRenders, type OriginDelta } from "@/bench/support/origin-counters";
import type { EditTiming } from "@/bench/support/story-correction";
import type { Moment, UnpublishTimeline } from "@/bench/support/unpublish-timeline";
import type { LoadFigures } from "@/bench/support/wrk";

const P99_GOAL = 1.5;
export const STORY = "story";
const FRAGMENT = "comments-fragment";

export interface Row {
  setup: string;
  connections: number;
  figures: LoadFigures;
  ratio?: string;
}

export interface Work {
  scenario: string;
  actions: number;
  unit: string;
  delta: OriginDelta;
  /** Requests of the scenario's own that Varnish passes to an instance (the comment POSTs). */
  passes?: number;
  /** Actions answered after wrk had stopped. */
  late?: number;
}

export function p99Ratio(figures: LoadFigures, baseline: LoadFigures): string {
  const times = figures.p99Ms / baseline.p99Ms;
  return `p99 ×${times.toFixed(2)} baseline (goal ≤ ${P99_GOAL.toFixed(2)}), ${figures.timeouts} time-outs (goal 0)`;
}

export function printRows(rows: Row[]): void {
  console.log(
    `${"setup".padEnd(44)} ${"conns".padStart(5)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ` +
      `${"p99 ms".padStart(8)} ${"t-outs".padStart(6)} ${"errors".padStart(7)}  ratio`,
  );
  for (const { setup, connections, figures, ratio } of rows) {
    console.log(
      `${setup.padEnd(44)} ${String(connections).padStart(5)} ${figures.requestsPerSecond.toFixed(0).padStart(8)} ` +
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

export function printWork(work: Work[], metricsServed: boolean): void {
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

/** Story renders per instance for the burst of GETs at one expired page. */
export function printBurst(delta: OriginDelta, statuses: Map<number, number>, total: number): void {
  const perInstance = delta.renders.map(
    (counts, index) =>
      `instance ${index + 1}: ${counts ? (counts.get(renderKey(STORY, "read")) ?? 0) : "n/a"}`,
  );
  const answers = [...statuses].map(([status, count]) => `${count} × ${status || "failed"}`);
  console.log(
    `\nOne expired story, ${total} GETs at once split over the instances directly (${answers.join(", ")}):\n` +
      `  story renders ${perInstance.join(", ")} (goal: 1 per instance)`,
  );
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const moment = (value: Moment | null) =>
  value ? `${ms(value.fromRequest)} after the request, ${ms(value.fromAnswer)} after its answer` : "never";

/** How long after each edit's answer the proxy served the edited page (null: not within the wait). */
export function printFreshness(freshMs: (number | null)[]): void {
  const served = freshMs.filter((value): value is number => value !== null).sort((a, b) => a - b);
  const figures = served.length
    ? `median ${ms(served[Math.floor(served.length / 2)]!)}, max ${ms(served.at(-1)!)} (${served.length} edits)`
    : "none";
  console.log(`\nEdited page served by the proxy, after the edit's answer: ${figures}`);
  if (served.length < freshMs.length)
    console.log(`  ${freshMs.length - served.length} edits were not served within 30 s`);
}

export function printTimeline(timeline: UnpublishTimeline, step: EditTiming): void {
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
