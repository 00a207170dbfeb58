// `npm run bench:live`: a live page on its biggest day. Through the cluster
// (Varnish over two instances, as `npm run start:cluster` runs it), wrk
// holds 100 and then 1,000 readers on the Arabic live page, each polling its
// updates answer as the page's script does, while an editor posts 20
// entries 3 s apart and a few observers time each one; then the simplest
// alternative, the same readers polling the instances with no shared cache
// in front; last, the breaking banner set and cleared on five page types,
// and what ESI costs Varnish (bench/support/banner-visibility.ts, also
// `npm run bench:banner` alone). Nothing here asserts a time: the figures are printed against
// the goals, as ratios and counts measured in this run.
import { bannerVisibility, esiCost, printBanner } from "@/bench/support/banner-visibility";
import { entryPoster, demoLiveStory } from "@/bench/support/live-poster";
import { runDelivery, type DeliveryOutcome } from "@/bench/support/live-delivery";
import { printDelivery } from "@/bench/support/live-report";
import { signInCookie } from "@/bench/support/no-js-form";
import { startThrowawayCluster } from "@/bench/support/throwaway-cluster";
import { requireWrk } from "@/bench/support/wrk";
import { liveUpdatesSourcePath, storyPath } from "@/lib/urls/reader-paths";
import { demoAccounts } from "@/prisma/demo-accounts";

const PORT = Number(process.env.BENCH_PORT ?? 3380);
const ENTRIES = Number(process.env.BENCH_LIVE_ENTRIES ?? 20);
const ALTERNATIVE_ENTRIES = Number(process.env.BENCH_LIVE_ALTERNATIVE_ENTRIES ?? 5);
const SPACING_MS = 3000;
const BASELINE_S = Number(process.env.BENCH_LIVE_BASELINE_SECONDS ?? 15);
const OBSERVERS = 6;
const INSTANCES = 2;

async function main(): Promise<void> {
  requireWrk();
  console.log(`Starting the cluster (${INSTANCES} instances behind Varnish) on a throwaway database…`);
  const cluster = await startThrowawayCluster({ instances: INSTANCES, port: PORT });
  let failed = false;
  try {
    const story = await demoLiveStory(cluster.databaseUrl, "ar");
    const editor = demoAccounts.find((account) => account.role === "EDITOR")!;
    const editOrigin = cluster.instanceOrigins[0]!;
    const cookie = await signInCookie(editOrigin, editor.email, editor.password);
    const poster = await entryPoster({
      origin: editOrigin,
      databaseUrl: cluster.databaseUrl,
      storyId: story.id,
      locale: "ar",
      cookie,
    });
    const common = {
      entries: ENTRIES,
      spacingMs: SPACING_MS,
      baselineS: BASELINE_S,
      observers: OBSERVERS,
      pollPath: liveUpdatesSourcePath("ar", story.id),
      pagePath: storyPath("ar", story.slug),
      post: poster.post,
    };
    const outcomes: DeliveryOutcome[] = [];
    for (const readers of [100, 1000]) {
      console.log(`Through the proxy, ${readers} readers, ${ENTRIES} entries…`);
      outcomes.push(
        await runDelivery(cluster, {
          ...common,
          label: "polling through Varnish (chosen)",
          readers,
          origins: [cluster.proxyOrigin],
        }),
      );
    }
    console.log(`Straight to the instances, 1000 readers, ${ALTERNATIVE_ENTRIES} entries…`);
    outcomes.push(
      await runDelivery(cluster, {
        ...common,
        entries: ALTERNATIVE_ENTRIES,
        label: "polling the instances (no shared cache)",
        readers: 1000,
        origins: cluster.instanceOrigins,
      }),
    );
    await poster.close();
    console.log("The breaking banner: set and cleared, on five page types; then ESI's cost on a warm story…");
    const banner = await bannerVisibility(cluster);
    const cost = await esiCost(cluster);
    printDelivery(outcomes, INSTANCES);
    printBanner(banner, null);
    printBanner(null, cost);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await cluster.stop({ keepLogs: failed });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
