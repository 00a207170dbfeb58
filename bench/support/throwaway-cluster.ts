// The cluster (PostgreSQL, Redis, app instances, Varnish on `port`) on a
// database of its own, made for this run and deleted after it: the purge
// benchmark adds notes and comments to the front page's story and
// unpublishes it, which no one's working database should get.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startCluster, type Cluster } from "@/scripts/cluster/start-cluster";
import type { CountingCluster } from "@/bench/support/origin-counters";

export interface BenchCluster extends CountingCluster {
  proxyOrigin: string;
  databaseUrl: string;
  /** The proxy's purge secret (the banner bench's no-ESI control asks with it). */
  purgeSecret: string;
  logDir: string;
  /** Stops everything and deletes the database, and the logs unless `keepLogs` (a failed run). */
  stop: (options?: { keepLogs?: boolean }) => Promise<void>;
}

export async function startThrowawayCluster(options: {
  instances: number;
  port: number;
}): Promise<BenchCluster> {
  const dataDir = path.join(os.tmpdir(), `news-purge-bench-db-${process.pid}`);
  const logDir = path.join(os.tmpdir(), `news-purge-bench-logs-${process.pid}`);
  delete process.env.DATABASE_URL;
  process.env.EMBEDDED_PG_DIR = dataDir;
  process.env.EMBEDDED_PG_PORT = String(options.port + 20000);
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  let cluster: Cluster;
  const purgeSecret = randomBytes(24).toString("hex");
  try {
    cluster = await startCluster({
      instances: options.instances,
      port: options.port,
      purgeSecret,
      env: { SEED_DEMO_ACCOUNTS: "1", NEXT_TELEMETRY_DISABLED: "1" },
      logs: { logDir },
    });
  } catch (error) {
    removeData();
    console.error(`The cluster's logs: ${logDir}`);
    throw error;
  }
  let stopped: Promise<void> | null = null;
  const stop = ({ keepLogs = false } = {}) =>
    (stopped ??= cluster
      .stop()
      .catch(() => undefined)
      .finally(() => {
        removeData();
        if (!keepLogs) rmSync(logDir, { recursive: true, force: true });
      }));
  // Ctrl-C mid-run still stops every process this run started.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stop({ keepLogs: true }).finally(() => process.exit(130)));
  }
  return {
    proxyOrigin: cluster.url,
    instanceOrigins: cluster.instances.map((instance) => instance.url),
    databaseUrl: cluster.databaseUrl,
    purgeSecret,
    logDir: cluster.logDir,
    metricsToken: cluster.metricsToken,
    varnishCounter: (name) => cluster.varnish.counter(name),
    stop,
  };
}
