// The cluster (PostgreSQL, Redis, app instances, Varnish on `port`) on a
// database of its own, made for this run and deleted after it: the purge
// benchmark adds notes and comments to the front page's story and
// unpublishes it, which no one's working database should get.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startCluster, type Cluster, type ClusterOptions } from "@/scripts/cluster/start-cluster";
import type { CountingCluster } from "@/bench/support/origin-counters";

export interface BenchCluster extends CountingCluster {
  proxyOrigin: string;
  databaseUrl: string;
  logDir: string;
  stop: () => Promise<void>;
}

// Until every checkout's startCluster takes the metrics token, it is given
// both as the option and as the instances' environment, and read back from
// the cluster when the cluster has one.
type MetricsOptions = ClusterOptions & { metricsToken?: string };
type MetricsCluster = Cluster & { metricsToken?: string };

export async function startThrowawayCluster(options: {
  instances: number;
  port: number;
}): Promise<BenchCluster> {
  const dataDir = path.join(os.tmpdir(), `news-purge-bench-db-${process.pid}`);
  delete process.env.DATABASE_URL;
  process.env.EMBEDDED_PG_DIR = dataDir;
  process.env.EMBEDDED_PG_PORT = String(options.port + 20000);
  const token = randomBytes(24).toString("hex");
  const clusterOptions: MetricsOptions = {
    instances: options.instances,
    port: options.port,
    metricsToken: token,
    env: { SEED_DEMO_ACCOUNTS: "1", NEXT_TELEMETRY_DISABLED: "1", METRICS_TOKEN: token },
    logs: { logDir: path.join(os.tmpdir(), `news-purge-bench-logs-${process.pid}`) },
  };
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  let cluster: MetricsCluster;
  try {
    cluster = await startCluster(clusterOptions);
  } catch (error) {
    removeData();
    throw error;
  }
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= cluster
      .stop()
      .catch(() => undefined)
      .finally(removeData));
  // Ctrl-C mid-run still stops every process this run started.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }
  return {
    proxyOrigin: cluster.url,
    instanceOrigins: cluster.instances.map((instance) => instance.url),
    databaseUrl: cluster.databaseUrl,
    logDir: cluster.logDir,
    metricsToken: cluster.metricsToken ?? token,
    varnishCounter: (name) => cluster.varnish.counter(name),
    stop,
  };
}
