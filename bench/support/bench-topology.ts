// The serving tier the benchmark measures: the cluster (PostgreSQL, Redis,
// two instances, Varnish caching on `port`), plus a second Varnish on
// `port + 2` that stores nothing and only balances over the same instances,
// for the "cache bypassed" figures.
import os from "node:os";
import path from "node:path";
import { startVarnish } from "@/scripts/cache-proxy/varnish";
import { startCluster } from "@/scripts/cluster/start-cluster";

export interface BenchTopology {
  proxyOrigin: string;
  /** The same instances behind a proxy that passes every request to them. */
  bypassOrigin: string;
  instanceOrigins: string[];
  databaseUrl: string;
  stop: () => Promise<void>;
}

export async function startBenchTopology(options: {
  instances: number;
  port: number;
}): Promise<BenchTopology> {
  const cluster = await startCluster({
    instances: options.instances,
    port: options.port,
    env: { SEED_DEMO_ACCOUNTS: "1", NEXT_TELEMETRY_DISABLED: "1" },
    logs: { logDir: path.join(os.tmpdir(), `news-bench-logs-${process.pid}`) },
  });
  try {
    const bypass = await startVarnish({
      listen: `127.0.0.1:${options.port + 2}`,
      backends: cluster.instances.map((instance) => ({ host: "127.0.0.1", port: instance.port })),
      secret: "bench-bypass-proxy-stores-nothing",
      workdir: path.join(os.tmpdir(), `news-bench-varnish-${options.port + 2}`),
      passAll: true,
      logFile: path.join(cluster.logDir, "varnish-bypass.log"),
    });
    return {
      proxyOrigin: cluster.url,
      bypassOrigin: `http://127.0.0.1:${options.port + 2}`,
      instanceOrigins: cluster.instances.map((instance) => instance.url),
      databaseUrl: cluster.databaseUrl,
      stop: async () => {
        await bypass.stop();
        await cluster.stop();
      },
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
