// npm run bench:banner (after next build): the breaking-news banner through
// the cluster (Varnish over two instances, on a throwaway database): how
// fast it shows and goes on five kinds of page, and what ESI costs Varnish
// on a warm story. Figures in docs/live-coverage.md, "Breaking banner".
import { bannerVisibility, esiCost, printBanner } from "@/bench/support/banner-visibility";
import { startThrowawayCluster } from "@/bench/support/throwaway-cluster";

const PORT = Number(process.env.BENCH_PORT ?? 3540);

async function main(): Promise<void> {
  const cluster = await startThrowawayCluster({ instances: 2, port: PORT });
  let failed = false;
  try {
    printBanner(await bannerVisibility(cluster), null);
    printBanner(null, await esiCost(cluster));
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await cluster.stop({ keepLogs: failed });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
