// What the server does to a reader's request around Next, and only what
// Next cannot: the request's id, log line and latency (scripts/server/request-log.ts),
// trusted-proxy facts, body limits and foreign posts refused
// before Next reads a byte, the inline-script hashes of cacheable HTML in
// its CSP, surrogate keys for the caching proxy, and the pages Next gets
// wrong for people (503 without a database, a stale form, an action post
// Next could not decode, the 404 shell).
// The launcher (processes, database, worker) is scripts/serve.ts.
import type { IncomingMessage, ServerResponse } from "node:http";
import { localizedNotFoundStep } from "@/scripts/server/localized-not-found";
import { notFoundPathForMalformed } from "@/scripts/server/malformed-path";
import {
  malformedActionPage,
  pageReplacementStep,
  staleActionPage,
  unavailablePage,
} from "@/scripts/server/replace-page";
import { prepareRequest } from "@/scripts/server/request-context";
import { guardRequest } from "@/scripts/server/request-guard";
import { inlineScriptHashStep } from "@/scripts/server/inline-script-hashes";
import { usesNonce, withScriptHashes } from "@/lib/http/content-security-policy";
import { internalHeadersStep } from "@/scripts/server/internal-headers";
import { responsePolicyStep } from "@/scripts/server/response-policy";
import { addResponseSteps } from "@/scripts/server/response-steps";
import { readEnv } from "@/lib/env";
import { configuredOrigins } from "@/lib/http/same-origin";
import { trustedProxies } from "@/lib/http/trusted-proxies";
import {
  CACHE_PROXY_TOKEN_HEADER,
  cacheProxyConfigured,
  cacheProxyToken,
  cameThroughCacheProxy,
} from "@/lib/cache-proxy/proxy-config";
import { cachedStoryIdLookup } from "@/lib/cache-proxy/story-id-cache";
import { findStoryIdBySlug } from "@/lib/cache-proxy/story-id-lookup";
import { includesFragments, tagsForPath } from "@/lib/cache-proxy/surrogate-keys";
import { withRenderTrigger } from "@/lib/metrics/request-trigger";
import { startRequestLog } from "@/scripts/server/request-log";
import { recordingActionCall, type ActionCallRecord } from "@/lib/http/action-call";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function requestPipeline(options: {
  handle: Handler;
  /** Where the server itself fetches the localized 404 page. */
  ownOrigin: string;
  trustedProxiesSetting: string | undefined;
}): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { handle, ownOrigin } = options;
  const proxies = trustedProxies(options.trustedProxiesSetting);
  // Read when the server starts: the launcher sets SITE_URL after modules load.
  const allowedOrigins = configuredOrigins(readEnv());
  const keyResponses = cacheProxyConfigured();
  const proxyToken = cacheProxyToken();
  const lookup = cachedStoryIdLookup(findStoryIdBySlug);
  // Only GET and HEAD are stored, and only the proxy gets the keys (a reader
  // asking an instance directly does not); a failed lookup leaves the page
  // without keys, which the proxy then does not store (it could not be purged).
  const surrogateTags = async (method: string | undefined, pathname: string, viaProxy: boolean) =>
    keyResponses && viaProxy && (method === "GET" || method === "HEAD")
      ? tagsForPath(pathname, lookup).catch(() => null)
      : null;

  return async (req, res) => {
    // Before anything is read: a change saved after this moment makes the answer outdated.
    const started = Date.now();
    const facts = prepareRequest(req, res, proxies);
    const viaProxy = cameThroughCacheProxy(req.headers[CACHE_PROXY_TOKEN_HEADER], proxyToken);
    delete req.headers[CACHE_PROXY_TOKEN_HEADER];
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    const requestLog = startRequestLog(req, res, proxies, pathname);
    // Everything from here logs with the request's id, Next's handling included.
    return requestLog.run(async () => {
      // Closest to the socket, and before anything can answer, so it sees the
      // very bytes that leave, whichever later step (404, 503, refusal pages)
      // chose them. Next gives no hook on a response's bytes, hence the steps
      // around res.write (scripts/server/response-steps.ts).
      if (!usesNonce(pathname)) {
        addResponseSteps(res, [
          inlineScriptHashStep(req, res, ({ hashes, frames }) =>
            withScriptHashes(hashes, facts.https, frames),
          ),
        ]);
      }
      // Cross-site posts and oversized bodies never reach Next.
      if (guardRequest(req, res, facts.host, allowedOrigins)) return;
      const tags = await surrogateTags(req.method, pathname, viaProxy);
      const staleAction = staleActionPage(req);
      const unavailable = unavailablePage(req);
      const actionCall: ActionCallRecord = { started: false };
      const malformedAction = malformedActionPage(req, actionCall);
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
          (status, response) =>
            unavailable(status, response) ?? staleAction(status, response) ?? malformedAction(status),
        ),
        responsePolicyStep(
          res,
          facts.https,
          tags && { keys: tags, fragments: includesFragments(pathname), startedAt: started },
        ),
        internalHeadersStep(res),
        requestLog.cacheStep,
        localizedNotFoundStep(req, res, ownOrigin),
      ]);
      void withRenderTrigger(req.method, () => recordingActionCall(actionCall, () => handle(req, res)));
    });
  };
}
