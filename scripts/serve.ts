// `npm start` / `npm run dev`: the launcher. Makes sure a database is there
// (the embedded one unless DATABASE_URL is set), migrates and seeds it,
// starts Next behind the request pipeline (scripts/server/request-pipeline.ts),
// then the job queue's worker, and stops all of them, the embedded database
// included, on Ctrl-C.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import next from "next";
import { requestPipeline } from "@/scripts/server/request-pipeline";
import { prepareDatabase } from "@/scripts/prepare-database";
import { followInvalidations } from "@/lib/cache-proxy/invalidation-feed";
import { JOB_TOKEN_ENV } from "@/lib/jobs/job-calls";
import { startJobQueue } from "@/scripts/server/job-queue";
import { closeStoryIdLookup } from "@/lib/cache-proxy/story-id-lookup";
import { errorText, rootLogger } from "@/lib/logging/logger";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "localhost";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

process.env.SITE_URL ??= `http://${hostname}:${port}`;

async function main(): Promise<void> {
  // Demo newsroom accounts belong to development (and to the e2e tests,
  // which ask for them); a production start never creates them.
  const database = await prepareDatabase({
    demoAccounts: dev || process.env.SEED_DEMO_ACCOUNTS === "1",
  });
  // Cached query results and rendered pages on disk describe whatever
  // database the last run used; this run's may be another or have changed.
  for (const cache of [".next/cache/fetch-cache", ".next/server/route-cache"]) {
    rmSync(path.join(root, cache), { recursive: true, force: true });
  }
  // Set before Next starts, so its route handlers read the same token.
  const jobToken = randomBytes(32).toString("hex");
  process.env[JOB_TOKEN_ENV] = jobToken;
  const app = next({ dev, dir: root, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Other instances' changes, heard as they are saved (lib/cache-proxy/invalidation-feed.ts).
  const stopFollowing = process.env.REDIS_URL
    ? await followInvalidations(process.env.REDIS_URL)
    : async () => undefined;
  const server = createServer(
    requestPipeline({
      handle,
      ownOrigin: `http://${hostname}:${port}`,
      trustedProxiesSetting: process.env.TRUSTED_PROXIES,
    }),
  );
  await new Promise<void>((listening) => server.listen(port, hostname, listening));
  // Its output is JSON lines from here on, one per event, for a log collector to read.
  rootLogger().info({ url: process.env.SITE_URL, dev }, "serving");
  // Started once the server answers: the worker hands each job to it.
  const jobs = await startJobQueue({
    connectionString: database.url,
    appOrigin: `http://${["0.0.0.0", "::"].includes(hostname) ? "127.0.0.1" : hostname}:${port}`,
    token: jobToken,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    rootLogger().info({ signal }, "stopping");
    // Jobs under way finish first (they call this server), for at most 10 s:
    // one cut short stays locked until graphile-worker's lock timeout, then
    // runs again. The rest stay queued for another instance or the next start.
    await Promise.race([jobs.stop().catch(() => undefined), delay(10_000)]);
    server.close();
    server.closeAllConnections();
    await app.close?.();
    await closeStoryIdLookup();
    await stopFollowing();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  rootLogger().fatal({ err: errorText(error) }, "could not start");
  process.exit(1);
});
