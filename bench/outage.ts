// `npm run bench:outage`: how long readers see errors when a process of the
// cluster dies. Two app instances, Redis and Varnish under supervision (as
// `npm run start:cluster` runs them, on a database of its own); six readers
// read stories through the proxy without pause while Varnish, Redis and one
// instance are each killed with SIGKILL, ROUNDS times (default 3). For each
// kill: the supervisor's time to have it serving again, the failed answers,
// and the error window (first to last failed answer after the kill). The
// goal is at most 5 s of errors. Nothing here is asserted; not run in CI.
import { stories } from "@/prisma/content/stories/index";
import { storyUrl } from "@/tests/e2e/demo-stories";
import { startTestCluster, type TestCluster } from "@/tests/e2e/support/cluster";
import { errorWindowMs, readerServed, startReaderLoad } from "@/tests/support/reader-load";

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const paths = stories.flatMap((s) =>
  (["en", "ar"] as const).filter((locale) => s.translations[locale]).map((locale) => storyUrl(s, locale)),
);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Kill {
  name: string;
  kill(cluster: TestCluster): void;
}

const kills: Kill[] = [
  { name: "varnish", kill: (cluster) => process.kill(cluster.varnish.process.pid!, "SIGKILL") },
  { name: "redis", kill: (cluster) => cluster.redis!.kill() },
  { name: "app-1", kill: (cluster) => cluster.instances[0]!.kill() },
];

interface Outcome {
  name: string;
  restartMs: number;
  failed: number;
  answers: number;
  errorWindowMs: number;
}

async function measure(cluster: TestCluster, target: Kill): Promise<Outcome> {
  const load = startReaderLoad(cluster.url, paths);
  await pause(3_000);
  const restartsBefore = cluster.restarts(target.name);
  const killedAt = Date.now();
  target.kill(cluster);
  while (cluster.restarts(target.name) === restartsBefore) await pause(20);
  const restartMs = Date.now() - killedAt;
  // Long enough after the restart for any lasting trouble to show.
  await pause(5_000);
  await load.stop();
  const after = load.answers.filter((answer) => answer.at >= killedAt);
  return {
    name: target.name,
    restartMs,
    failed: after.filter((answer) => !readerServed(answer.status)).length,
    answers: after.length,
    errorWindowMs: errorWindowMs(load.answers, killedAt),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  console.log(`Starting the cluster (2 instances, Redis, Varnish, supervised)…`);
  const cluster = await startTestCluster({ supervise: true });
  const outcomes: Outcome[] = [];
  try {
    // Warm: the proxy's cache and each instance's first renders.
    const warm = startReaderLoad(cluster.url, paths);
    await pause(10_000);
    await warm.stop();
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of kills) {
        const outcome = await measure(cluster, target);
        outcomes.push(outcome);
        console.log(
          `round ${round} ${outcome.name}: back after ${seconds(outcome.restartMs)}, ${outcome.failed} of ${outcome.answers} answers failed, errors for ${seconds(outcome.errorWindowMs)}`,
        );
      }
    }
  } finally {
    await cluster.stop();
  }
  console.log(
    "\n| process killed | rounds | back serving (max) | failed answers (max) | error window (max) |",
  );
  console.log("| --- | --: | --: | --: | --: |");
  for (const target of kills) {
    const mine = outcomes.filter((outcome) => outcome.name === target.name);
    const most = (pick: (outcome: Outcome) => number) => Math.max(...mine.map(pick));
    console.log(
      `| ${target.name} | ${mine.length} | ${seconds(most((o) => o.restartMs))} | ${most((o) => o.failed)} | ${seconds(most((o) => o.errorWindowMs))} |`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
