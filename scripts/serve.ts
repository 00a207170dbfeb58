// `npm start` / `npm run dev`: makes sure a database is there (the embedded
// one unless DATABASE_URL is set), migrates and seeds it, then serves the
// site. A custom server so that pages failing for lack of a database are
// answered 503, not 500, and so Ctrl-C also stops the embedded database.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import next from "next";
import { localizedNotFoundStep } from "@/scripts/server/localized-not-found";
import { notFoundPathForMalformed } from "@/scripts/server/malformed-path";
import { pageReplacementStep, staleActionPage, unavailablePage } from "@/scripts/server/replace-page";
import { prepareRequest } from "@/scripts/server/request-context";
import { guardRequest } from "@/scripts/server/request-guard";
import { inlineScriptHashStep } from "@/scripts/server/inline-script-hashes";
import { usesNonce, withScriptHashes } from "@/scripts/server/security-headers";
import { internalHeadersStep } from "@/scripts/server/internal-headers";
import { responsePolicyStep } from "@/scripts/server/response-policy";
import { addResponseSteps } from "@/scripts/server/response-steps";
import { configuredOrigins } from "@/lib/http/same-origin";
import { readEnv } from "@/lib/env";
import { trustedProxies } from "@/lib/http/trusted-proxies";
import { prepareDatabase } from "@/scripts/prepare-database";
import {
  CACHE_PROXY_TOKEN_HEADER,
  cacheProxyConfigured,
  cacheProxyToken,
  cameThroughCacheProxy,
} from "@/lib/cache-proxy/proxy-config";
import { closeStoryIdLookup, findStoryIdBySlug } from "@/lib/cache-proxy/story-id-lookup";
import { includesFragments, tagsForPath } from "@/lib/cache-proxy/surrogate-keys";
import { followInvalidations } from "@/lib/cache-proxy/invalidation-feed";
import { JOB_TOKEN_ENV } from "@/lib/jobs/job-calls";
import { startJobQueue } from "@/scripts/server/job-queue";
import { withRenderTrigger } from "@/lib/metrics/request-trigger";

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
  const proxies = trustedProxies(process.env.TRUSTED_PROXIES);
  const allowedOrigins = configuredOrigins(readEnv());
  const keyResponses = cacheProxyConfigured();
  const proxyToken = cacheProxyToken();
  // Only GET and HEAD are stored, and only the proxy gets the keys (a reader
  // asking an instance directly does not); a failed lookup leaves the page
  // without keys, which the proxy then does not store (it could not be purged).
  const surrogateTags = async (method: string | undefined, pathname: string, viaProxy: boolean) =>
    keyResponses && viaProxy && (method === "GET" || method === "HEAD")
      ? tagsForPath(pathname, findStoryIdBySlug).catch(() => null)
      : null;
  // Other instances' changes, heard as they are saved (lib/cache-proxy/invalidation-feed.ts).
  const stopFollowing = process.env.REDIS_URL
    ? await followInvalidations(process.env.REDIS_URL)
    : async () => undefined;
  const server = createServer(async (req, res) => {
    // Before anything is read: a change saved after this moment makes the answer outdated.
    const started = Date.now();
    const facts = prepareRequest(req, res, proxies);
    const viaProxy = cameThroughCacheProxy(req.headers[CACHE_PROXY_TOKEN_HEADER], proxyToken);
    delete req.headers[CACHE_PROXY_TOKEN_HEADER];
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    // Closest to the socket, and before anything can answer, so it sees the
    // very bytes that leave, whichever later step (404, 503, refusal pages)
    // chose them.
    if (!usesNonce(pathname)) {
      addResponseSteps(res, [
        inlineScriptHashStep(req, res, (hashes) => withScriptHashes(hashes, facts.https)),
      ]);
    }
    // Cross-site posts and oversized bodies never reach Next.
    if (guardRequest(req, res, facts.host, allowedOrigins)) return;
    const tags = await surrogateTags(req.method, pathname, viaProxy);
    const staleAction = staleActionPage(req);
    const unavailable = unavailablePage(req);
    const notFoundPath = notFoundPathForMalformed(
      req.url ?? "/",
      req.headers.cookie,
      req.headers["accept-language"],
    );
    if (notFoundPath) req.url = notFoundPath;
    addResponseSteps(res, [
      pageReplacementStep(
        req,
        res,
        (status, response) => unavailable(status, response) ?? staleAction(status, response),
      ),
      responsePolicyStep(
        res,
        facts.https,
        tags && { keys: tags, fragments: includesFragments(pathname), startedAt: started },
      ),
      internalHeadersStep(res),
      localizedNotFoundStep(req, res, `http://${hostname}:${port}`),
    ]);
    void withRenderTrigger(req.method, () => handle(req, res));
  });
  await new Promise<void>((listening) => server.listen(port, hostname, listening));
  console.log(`Serving ${dev ? "(dev) " : ""}on ${process.env.SITE_URL}`);
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
    console.log(`\n${signal}: stopping`);
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
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
