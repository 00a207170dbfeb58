// bench:live's tables: post-to-seen times, and what each entry cost the
// origin beyond what the readers cost by themselves.
import { totalRenders } from "@/bench/support/origin-counters";
import type { DeliveryOutcome, Stretch } from "@/bench/support/live-delivery";

const SEEN_GOAL_MS = 2000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => (Number.isNaN(value) ? "n/a" : `${Math.round(value)}`);

/** The posting stretch's total per entry posted: everything the origin did while entries came, readers included. */
function perEntry(outcome: DeliveryOutcome, measure: (stretch: Stretch) => number | null): number | null {
  const posting = measure(outcome.posting);
  return posting === null ? null : posting / outcome.plan.entries;
}

/** The same per second over the baseline: what the readers cost by themselves, nothing posted. */
function perSecond(stretch: Stretch, measure: (stretch: Stretch) => number | null): number | null {
  const value = measure(stretch);
  return value === null ? null : value / stretch.seconds;
}

const fixed = (value: number | null, digits = 2) => (value === null ? "n/a" : value.toFixed(digits));

export function printDelivery(outcomes: DeliveryOutcome[], instances: number): void {
  console.log(
    `\nPost to seen (ms, observers polling as the page does, every second) — goal p95 ≤ ${SEEN_GOAL_MS}:`,
  );
  console.log(
    `${"scenario".padEnd(40)} ${"readers".padStart(7)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"max".padStart(6)} ${"unseen".padStart(6)}  ${"p95 after answer".padStart(16)}  post p95`,
  );
  for (const outcome of outcomes) {
    const seen = outcome.fromSent.filter((value): value is number => value !== null);
    const answered = outcome.fromAnswered.filter((value): value is number => value !== null);
    console.log(
      `${outcome.plan.label.padEnd(40)} ${String(outcome.plan.readers).padStart(7)} ${ms(percentile(seen, 50)).padStart(6)} ` +
        `${ms(percentile(seen, 95)).padStart(6)} ${ms(Math.max(...seen)).padStart(6)} ` +
        `${String(outcome.fromSent.length - seen.length).padStart(6)}  ${ms(percentile(answered, 95)).padStart(16)}  ${ms(percentile(outcome.postMs, 95))}`,
    );
  }
  console.log(
    `\nOrigin work per entry posted (everything the instances did while entries came, ${outcomes[0]?.plan.spacingMs ?? 0} ms apart, readers included) — goal: ≤ ${2 * instances} requests, CPU not growing with readers:`,
  );
  console.log(
    `${"scenario".padEnd(40)} ${"readers".padStart(7)} ${"requests".padStart(9)} ${"polls".padStart(7)} ${"pages".padStart(7)} ${"CPU ms".padStart(8)}  idle: polls/s  CPU ms/s  readers' req/s  p99 ms  errors`,
  );
  for (const outcome of outcomes) {
    const requests = perEntry(outcome, (stretch) => stretch.delta.backendRequests);
    const polls = (stretch: Stretch) => totalRenders(stretch.delta, "live-poll");
    const pages = perEntry(outcome, (stretch) => totalRenders(stretch.delta, "story"));
    const cpu = (stretch: Stretch) => stretch.cpuSeconds * 1000;
    const rps = outcome.load.reduce((sum, figures) => sum + figures.requestsPerSecond, 0);
    const p99 = Math.max(...outcome.load.map((figures) => figures.p99Ms));
    const errors = outcome.load.reduce((sum, figures) => sum + figures.errors, 0);
    console.log(
      `${outcome.plan.label.padEnd(40)} ${String(outcome.plan.readers).padStart(7)} ${fixed(requests, 1).padStart(9)} ` +
        `${fixed(perEntry(outcome, polls), 1).padStart(7)} ${fixed(pages, 1).padStart(7)} ${fixed(perEntry(outcome, cpu), 0).padStart(8)}  ` +
        `${fixed(perSecond(outcome.baseline, polls), 1).padStart(13)}  ${fixed(perSecond(outcome.baseline, cpu), 0).padStart(8)}  ` +
        `${rps.toFixed(0).padStart(14)}  ${p99.toFixed(1).padStart(6)}  ${errors}`,
    );
  }
  console.log(
    "requests: Varnish's requests to the instances (none when readers go straight to them); polls and pages: renders the instances counted; idle: the baseline, readers polling and nothing posted.",
  );
}
