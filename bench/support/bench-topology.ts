// The serving tier the benchmark measures. Provisional: one instance
// behind Varnish, until the cluster command lands.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { startBenchApp } from "@/bench/support/app-server";
import { startVarnish } from "@/scripts/cache-proxy/varnish";

export interface BenchTopology {
  proxyOrigin: string;
  instanceOrigins: string[];
  databaseUrl: string;
  /** Headers that make the proxy pass a reading page to the app instead of serving it from cache. */
  bypassHeaders: Record<string, string>;
  stop: () => Promise<void>;
}

export async function startBenchTopology(options: {
  instances: number;
  port: number;
}): Promise<BenchTopology> {
  const secret = randomBytes(16).toString("hex");
  const proxyPort = options.port;
  const app = await startBenchApp(options.port + 1, {
    SEED_DEMO_ACCOUNTS: "1",
    CACHE_PROXY_PURGE_URLS: `http://127.0.0.1:${proxyPort}/`,
    CACHE_PROXY_SECRET: secret,
  });
  const varnish = await startVarnish({
    listen: `127.0.0.1:${proxyPort}`,
    backendHost: "127.0.0.1",
    backendPort: options.port + 1,
    secret,
    workdir: path.join(os.tmpdir(), `news-bench-varnish-${proxyPort}`),
  });
  return {
    proxyOrigin: `http://127.0.0.1:${proxyPort}`,
    instanceOrigins: [app.origin],
    databaseUrl: app.databaseUrl,
    bypassHeaders: { "x-cache-bypass": "1", "x-cache-proxy-secret": secret },
    stop: async () => {
      await varnish.stop();
      app.stop();
    },
  };
}
