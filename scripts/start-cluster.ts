// `npm run start:cluster`: the site as several app instances behind the
// caching proxy on one machine (see docs/cluster.md). Builds once, then
// starts PostgreSQL (embedded, or DATABASE_URL), Redis (or REDIS_URL),
// INSTANCES app instances (default 2) and Varnish on PORT (default 3000).
// Logs go to .data/logs/<process>.log and, prefixed, to this terminal; a
// process that dies is restarted with back-off (supervisor.log says when).
// Ctrl-C stops everything.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { edgeFromEnv } from "@/scripts/cache-proxy/varnish";
import { startCluster } from "@/scripts/cluster/start-cluster";

async function main(): Promise<void> {
  // Server Actions posted to one instance are decrypted by another: one key
  // for the build and every instance. Given by the operator, or made here.
  const edge = edgeFromEnv();
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  if (process.env.SKIP_BUILD !== "1") {
    execFileSync("npx", ["next", "build"], { stdio: "inherit", env: process.env });
  }
  const port = Number(process.env.PORT ?? 3000);
  const cluster = await startCluster({
    instances: Number(process.env.INSTANCES ?? 2),
    port,
    siteUrl: process.env.SITE_URL,
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    purgeSecret: process.env.CACHE_PROXY_SECRET,
    env: { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY },
    logs: { echo: true },
    proxyTlsListen: edge.tlsListen,
    cdnAddresses: edge.upstreams,
    // A dead Varnish, Redis or instance comes back (logged in supervisor.log).
    supervise: true,
  });
  console.log(
    [
      `Site on http://localhost:${port} (Varnish) in front of:`,
      ...cluster.instances.map((instance) => `  ${instance.name}  ${instance.url}`),
      `Redis ${cluster.redisUrl} · logs in ${cluster.logDir} · Ctrl-C stops everything`,
    ].join("\n"),
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping the proxy, the instances, Redis and the database…");
    await cluster.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
