import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/scripts/db/embedded-postgres";
import { freePort } from "@/scripts/db/free-port";
import { startCluster, type Cluster, type ClusterOptions } from "@/scripts/cluster/start-cluster";

/** The test cluster's shared purge secret, so a spec can empty the proxy's cache. */
export const testClusterPurgeSecret = "e2e-cluster-purge-secret";

export interface TestCluster extends Cluster {
  /** Requests the proxy has sent to the app instances so far. */
  instanceRequests(): number;
}

/**
 * The real topology on the e2e build: its own embedded PostgreSQL (so the
 * other specs' data stays theirs), Redis, two app instances and Varnish.
 */
export async function startTestCluster(more: Pick<ClusterOptions, "supervise"> = {}): Promise<TestCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "news-e2e-cluster-"));
  // Its own directory: as root, the embedded server hands it to `postgres`.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "news-e2e-cluster-pg-"));
  const database = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    database: "news",
    throwaway: true,
  });
  try {
    const cluster = await startCluster({
      instances: 2,
      port: await freePort(),
      databaseUrl: database.url,
      purgeSecret: testClusterPurgeSecret,
      env: { SEED_DEMO_ACCOUNTS: "1", COMMENT_MIN_SECONDS: "1", NEXT_TELEMETRY_DISABLED: "1" },
      logs: { logDir: path.join(dir, "logs") },
      proxyStorage: "malloc,64m",
      // As a TLS terminator in front would connect (the PROXY protocol).
      proxyTlsListen: `127.0.0.1:${await freePort()}`,
      ...more,
    });
    return {
      ...cluster,
      instanceRequests: () => cluster.varnish.counter("backend_req"),
      async stop() {
        await cluster.stop();
        await database.stop();
        for (const made of [dir, dataDir]) rmSync(made, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database.stop();
    for (const made of [dir, dataDir]) rmSync(made, { recursive: true, force: true });
    throw error;
  }
}
