// `npm run bench:purge`: what purging the hottest story costs its readers.
// wrk holds 1,000 connections on an English front-page story through the
// proxy (two instances behind Varnish) while (a) an editor adds a note to
// it every 2 s, (b) a reader comments on it every 2 s, and (c) the editor
// unpublishes it; each beside a baseline with nothing changing, measured
// just before it, since the machine is shared and noisy and only ratios
// within one run say anything. Origin work is counted by the app (renders
// per instance) and by Varnish (backend requests). Nothing here asserts a
// time: the figures are printed against the goals of the purge work.
import { storyPaths } from "@/bench/support/app-server";
import { postComment, prepareComments, type CommentOutcome } from "@/bench/support/comment-readers";
import { burst } from "@/bench/support/concurrent-burst";
import { signInCookie } from "@/bench/support/no-js-form";
import { countedWork, snapshotOrigin } from "@/bench/support/origin-counters";
import {
  failures,
  runLoad,
  schedule,
  successes,
  underLoad,
  type LoadPlan,
} from "@/bench/support/paced-actions";
import { stepForm, storyIdOf } from "@/bench/support/publish-visibility";
import {
  p99Ratio,
  printBurst,
  printFreshness,
  printRows,
  printTimeline,
  printWork,
  type Row,
  type Work,
} from "@/bench/support/purge-report";
import { startReaderLoops } from "@/bench/support/reader-loops";
import { whenServed } from "@/bench/support/served-text";
import { correctionPoster, type EditTiming } from "@/bench/support/story-correction";
import { startThrowawayCluster, type BenchCluster } from "@/bench/support/throwaway-cluster";
import { unpublishTimeline, type UnpublishTimeline } from "@/bench/support/unpublish-timeline";
import { requireWrk, runWrk } from "@/bench/support/wrk";
import { demoAccounts } from "@/prisma/demo-accounts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3360);
const CONNECTIONS = 1000;
const READER_LOOPS = 20;
const BURST = 1000;

/** What every scenario works on. */
interface Stage {
  cluster: BenchCluster;
  plan: LoadPlan;
  /** Posts a correction note under the story, on one instance directly (the newsroom is not cached). */
  addNote: (text: string) => Promise<EditTiming>;
  /** Tells this run's notes and comments apart from any other's. */
  run: string;
}

interface Outcome {
  rows: Row[];
  work: Work[];
  problems: string[];
}

const baselineRow = (figures: Row["figures"]): Row => ({
  setup: "baseline (nothing changes)",
  connections: CONNECTIONS,
  figures,
});

/**
 * A paced scenario's two table rows (its baseline, measured just before it,
 * and itself) and the origin work of each.
 */
function pacedOutcome(
  scenario: { letter: "a" | "b"; setup: string; work: string; unit: string; passes?: number },
  baseline: { value: Row["figures"]; delta: Work["delta"] },
  loaded: { figures: Row["figures"]; delta: Work["delta"]; late: number; done: number },
): Pick<Outcome, "rows" | "work"> {
  const { letter } = scenario;
  return {
    rows: [
      baselineRow(baseline.value),
      {
        setup: `(${letter}) ${scenario.setup} every 2 s (${loaded.done})`,
        connections: CONNECTIONS,
        figures: loaded.figures,
        ratio: p99Ratio(loaded.figures, baseline.value),
      },
    ],
    work: [
      { scenario: `baseline before (${letter})`, actions: 0, unit: "", delta: baseline.delta },
      {
        scenario: `(${letter}) ${scenario.work}`,
        actions: loaded.done,
        unit: scenario.unit,
        delta: loaded.delta,
        passes: scenario.passes,
        late: loaded.late,
      },
    ],
  };
}

/** (a) An editor's note every 2 s, and how long after each readers get the noted page. */
async function edits(stage: Stage): Promise<Outcome & { freshMs: (number | null)[] }> {
  const { cluster, plan } = stage;
  const baseline = await countedWork(cluster, () => runLoad(plan));
  const loaded = await countedWork(cluster, async () => {
    const notes = await underLoad(plan, async (index) => {
      const text = `Note ${index + 1} of purge benchmark run ${stage.run}`;
      const timing = await stage.addNote(text);
      return { timing, served: whenServed(plan.url, text) };
    });
    const freshMs = await Promise.all(
      successes(notes.results).map(async ({ timing, served }) => {
        const at = await served;
        return at === null ? null : at - timing.answeredAt;
      }),
    );
    return { ...notes, freshMs };
  });
  const { figures, results, late, freshMs } = loaded.value;
  return {
    ...pacedOutcome(
      { letter: "a", setup: "editor's note", work: "editor's notes", unit: "edits" },
      baseline,
      {
        figures,
        delta: loaded.delta,
        late,
        done: successes(results).length,
      },
    ),
    problems: failures(results).map((error) => `edit: ${error.message}`),
    freshMs,
  };
}

/** (b) A reader's comment every 2 s, through the proxy, each from a new reader. */
async function comments(stage: Stage): Promise<Outcome> {
  const { cluster, plan } = stage;
  // Prepared first: a form token is good only a few seconds after it is issued.
  const prepared = await prepareComments(plan.url, schedule(plan).length);
  const baseline = await countedWork(cluster, () => runLoad(plan));
  const loaded = await countedWork(cluster, () =>
    underLoad<CommentOutcome>(plan, (index) => postComment(plan.url, prepared[index]!)),
  );
  const { figures, results, late } = loaded.value;
  return {
    ...pacedOutcome(
      {
        letter: "b",
        setup: "reader's comment",
        work: "readers' comments",
        unit: "posts",
        passes: results.length,
      },
      baseline,
      {
        figures,
        delta: loaded.delta,
        late,
        done: results.filter((result) => result === "visible").length,
      },
    ),
    problems: results
      .filter((result) => result !== "visible")
      .map((result) => `comment: ${result instanceof Error ? result.message : result}`),
  };
}

/** (c) The editor unpublishes halfway through a run; reader loops beside wrk record every answer. */
async function withdrawal(
  stage: Stage,
  unpublish: () => Promise<void>,
): Promise<Outcome & { timeline: UnpublishTimeline; step: EditTiming }> {
  const { cluster, plan } = stage;
  const baseline = await countedWork(cluster, () => runLoad(plan));
  const loaded = await countedWork(cluster, async () => {
    const readers = startReaderLoops(plan.url, READER_LOOPS);
    const load = runLoad(plan);
    await new Promise((resolve) => setTimeout(resolve, (plan.seconds * 1000) / 2));
    const sentAt = performance.now();
    await unpublish();
    const step = { sentAt, answeredAt: performance.now() };
    const figures = await load;
    return { figures, step, timeline: unpublishTimeline(await readers.stop(), step) };
  });
  const { figures, step, timeline } = loaded.value;
  return {
    rows: [
      baselineRow(baseline.value),
      {
        setup: "(c) unpublished halfway",
        connections: CONNECTIONS,
        figures,
        ratio: `${figures.non2xx} of the errors are non-2xx (the 404s after the unpublish)`,
      },
    ],
    work: [
      { scenario: "baseline before (c)", actions: 0, unit: "", delta: baseline.delta },
      // The reader loops' requests reach the origin as wrk's do: no passes.
      { scenario: "(c) unpublish", actions: 1, unit: "", delta: loaded.delta },
    ],
    problems: [],
    timeline,
    step,
  };
}

async function main(): Promise<void> {
  requireWrk();
  const cluster = await startThrowawayCluster({ instances: 2, port: PORT });
  let failed = true;
  try {
    const [storyPath] = await storyPaths(cluster.proxyOrigin);
    if (!storyPath) throw new Error("No story on the English front page");
    const storyId = await storyIdOf(cluster.databaseUrl, decodeURIComponent(storyPath.split("/").pop()!));
    const editOrigin = cluster.instanceOrigins[0]!;
    const editor = demoAccounts.find((account) => account.email.startsWith("editor@"))!;
    const cookie = await signInCookie(editOrigin, editor.email, editor.password);
    const stage: Stage = {
      cluster,
      plan: {
        url: `${cluster.proxyOrigin}${storyPath}`,
        connections: CONNECTIONS,
        seconds: SECONDS,
        everyMs: 2000,
      },
      addNote: await correctionPoster(editOrigin, storyId, cookie),
      run: Date.now().toString(36),
    };
    const metricsServed = (await snapshotOrigin(cluster)).renders.every((counts) => counts !== null);
    console.log(`Story ${storyPath} (id ${storyId}), ${SECONDS} s per run, actions every 2 s`);
    if (!metricsServed) console.log("The instances serve no /metrics: render counts are n/a.");

    // One expired page asked for 1,000 times at once, first, on an idle
    // cluster: after the loaded runs the instances spend seconds working
    // off their queues, which says nothing about the expiry.
    const storyUrls = cluster.instanceOrigins.map((origin) => `${origin}${storyPath}`);
    for (const url of [...storyUrls, ...storyUrls]) await (await fetch(url)).arrayBuffer();
    await stage.addNote(`Note before the burst, purge benchmark run ${stage.run}`);
    const expired = await countedWork(cluster, () => burst(storyUrls, BURST));

    // Warm-up, so the first baseline does not pay for the proxy's threads starting.
    await runWrk(stage.plan.url, { connections: CONNECTIONS, seconds: 3, pin: false });
    const a = await edits(stage);
    const b = await comments(stage);
    // The confirm step's form, read before the clock starts.
    const unpublish = await stepForm(`${editOrigin}/en/newsroom/stories/${storyId}`, cookie, "unpublish");
    const c = await withdrawal(stage, unpublish);

    console.log("");
    printRows([...a.rows, ...b.rows, ...c.rows]);
    printWork([...a.work, ...b.work, ...c.work], metricsServed);
    printBurst(expired.delta, expired.value, BURST);
    printFreshness(a.freshMs);
    printTimeline(c.timeline, c.step);
    const problems = [...a.problems, ...b.problems, ...c.problems];
    if (problems.length > 0) console.log(`\nActions that failed:\n  ${problems.join("\n  ")}`);
    failed = false;
  } finally {
    // BENCH_KEEP_LOGS=1 keeps the instances' and the proxy's logs of a run that finished too.
    const keepLogs = failed || process.env.BENCH_KEEP_LOGS === "1";
    if (keepLogs) console.log(`The cluster's logs: ${cluster.logDir}`);
    await cluster.stop({ keepLogs });
    if (failed) console.error(`The cluster's logs: ${cluster.logDir}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
