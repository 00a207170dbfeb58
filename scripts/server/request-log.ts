import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { isJobCall, JOB_TOKEN_HEADER } from "@/lib/jobs/job-calls";
import type { TrustedProxies } from "@/lib/http/trusted-proxies";
import { log, REQUEST_ID_HEADER, requestIdFrom, withRequestLog } from "@/lib/logging/request-log-context";
import { metrics } from "@/lib/metrics/registry";
import { findRoute } from "@/lib/routes/find-route";
import type { ResponseStep } from "@/scripts/server/response-steps";

/** The route a path belongs to, as app/ spells it: a label with as many values as there are routes. */
export function routeKindOf(pathname: string): string {
  const route = findRoute(pathname);
  if (route) return route.row.pattern;
  if (pathname.startsWith("/_next/static/")) return "/_next/static";
  if (pathname.startsWith("/_next/")) return "/_next";
  return "other";
}

// What Next writes in x-nextjs-cache; anything else is counted as "other", so the label stays small.
const NEXT_CACHE_STATES = new Set(["HIT", "STALE", "MISS", "REVALIDATED"]);

// The proxy probes every instance each second: a healthy answer is not news.
const QUIET_ROUTES = new Set(["/api/health"]);

const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;
const methodLabel = (method: string | undefined) =>
  method && ["GET", "HEAD", "POST", "PURGE"].includes(method) ? method : "other";

/**
 * Gives the request its id and, once the response is sent, its one log line
 * and its latency. The id comes from the request only when whoever sent it
 * may set it: a trusted proxy, or this process's job queue carrying the id
 * of the request that queued the job. It is echoed in X-Request-Id and
 * handed to Next in the same header.
 */
export function startRequestLog(
  req: IncomingMessage,
  res: ServerResponse,
  proxies: TrustedProxies,
  pathname: string,
): { run: <T>(work: () => T) => T; cacheStep: ResponseStep } {
  const started = performance.now();
  const jobToken = req.headers[JOB_TOKEN_HEADER];
  const mayName =
    proxies.trusts(req.socket.remoteAddress ?? "") ||
    (typeof jobToken === "string" && isJobCall(new Headers({ [JOB_TOKEN_HEADER]: jobToken })));
  const requestId = requestIdFrom(mayName ? req.headers[REQUEST_ID_HEADER] : undefined);
  req.headers[REQUEST_ID_HEADER] = requestId;
  res.setHeader("X-Request-Id", requestId);
  const routeKind = routeKindOf(pathname);
  let nextCache: string | null = null;
  // A response's "close" is not emitted inside the request's context: the line keeps its logger.
  let logger = log();

  const finished = () => {
    const seconds = (performance.now() - started) / 1000;
    const status = res.statusCode;
    metrics.requestDuration.observe(
      { route_kind: routeKind, method: methodLabel(req.method), status: statusClass(status) },
      seconds,
    );
    if (nextCache) metrics.nextCacheResponses.inc({ route_kind: routeKind, result: nextCache });
    const level = QUIET_ROUTES.has(routeKind) && status < 400 ? "debug" : "info";
    logger[level](
      {
        method: req.method,
        // Never the query string: a sign-in link's token or a reader's search stays out of the log.
        path: pathname.slice(0, 512),
        routeKind,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(nextCache ? { nextCache } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      },
      "request",
    );
  };

  return {
    run: (work) =>
      withRequestLog(requestId, {}, () => {
        logger = log();
        res.once("close", finished);
        return work();
      }),
    // Sits before the step that strips Next's internal headers, to read its cache's verdict.
    cacheStep: {
      writeHead: (next, status, ...rest) => {
        const verdict = res.getHeader("x-nextjs-cache");
        if (typeof verdict === "string")
          nextCache = NEXT_CACHE_STATES.has(verdict) ? verdict.toLowerCase() : "other";
        return next.writeHead(status, ...rest);
      },
    },
  };
}
