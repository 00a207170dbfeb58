import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { currentRenderTrigger } from "@/lib/metrics/request-trigger";
import { processSingleton } from "@/lib/runtime/process-singleton";

/** What kind of page or piece a render produced: the label renders are counted by. */
export type RouteKind =
  | "story"
  | "comment-page"
  | "comments-fragment"
  | "banner-fragment"
  | "most-read-fragment"
  | "list"
  | "live-updates"
  | "live-entry"
  | "live-poll";

/** What the database pool holds now (pg's Pool has these three counts). */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

// Seconds, from a cached page's few milliseconds to a render that times out.
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
// A job is due at its run_at; a worker polls every 2 s, so lag under a few seconds is normal.
const LAG_BUCKETS = [0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600];

function createMetrics() {
  const registry = new Registry();
  const registers = [registry];
  // Set by lib/db/client.ts when it opens the pool; read at each scrape.
  const pool: { counts: PoolCounts | null } = { counts: null };
  collectDefaultMetrics({ register: registry, prefix: "news_" });
  return {
    registry,
    pool,
    pageRenders: new Counter({
      name: "news_page_renders_total",
      help: "Reading pages and fragments rendered by this instance (not served from a cache), by route kind and by what asked: a read, or a post answered with the page.",
      labelNames: ["route_kind", "trigger"] as const,
      registers,
    }),
    requestDuration: new Histogram({
      name: "news_http_request_duration_seconds",
      help: "Requests answered by this instance, from the first byte read to the last written, by route (the app/ pattern), method and status class.",
      labelNames: ["route_kind", "method", "status"] as const,
      buckets: REQUEST_BUCKETS,
      registers,
    }),
    nextCacheResponses: new Counter({
      name: "news_next_cache_responses_total",
      help: "Responses whose page came from Next's cache as the app saw it (x-nextjs-cache: HIT, STALE, MISS…), by route.",
      labelNames: ["route_kind", "result"] as const,
      registers,
    }),
    purgeDuration: new Histogram({
      name: "news_cache_proxy_purge_duration_seconds",
      help: "PURGE requests to a caching proxy, by outcome (confirmed or failed).",
      labelNames: ["outcome"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2],
      registers,
    }),
    purgeFailures: new Counter({
      name: "news_cache_proxy_purge_failures_total",
      help: "PURGE requests a caching proxy did not confirm (refused, unreachable or timed out).",
      registers,
    }),
    jobLag: new Histogram({
      name: "news_job_queue_lag_seconds",
      help: "How long after it was due a job started, by task.",
      labelNames: ["task"] as const,
      buckets: LAG_BUCKETS,
      registers,
    }),
    jobs: new Counter({
      name: "news_jobs_total",
      help: "Jobs this instance's worker ran, by task and outcome (done, or failed and left to be retried).",
      labelNames: ["task", "outcome"] as const,
      registers,
    }),
    sharedCacheReads: new Counter({
      name: "news_shared_cache_reads_total",
      help: "Reads of the Redis shared cache: hit, miss, or fallback (Redis unreachable, so the page is rendered from the database).",
      labelNames: ["result"] as const,
      registers,
    }),
    sharedCacheFallbacks: new Counter({
      name: "news_shared_cache_fallbacks_total",
      help: "Shared-cache operations that Redis did not take (get, set, invalidate, announce): the app carried on without it.",
      labelNames: ["operation"] as const,
      registers,
    }),
    databasePool: new Gauge({
      name: "news_db_pool_connections",
      help: "The database pool's connections: total open, idle, and requests waiting for one.",
      labelNames: ["state"] as const,
      registers,
      collect() {
        const counts = pool.counts;
        if (!counts) return;
        this.set({ state: "total" }, counts.totalCount);
        this.set({ state: "idle" }, counts.idleCount);
        this.set({ state: "waiting" }, counts.waitingCount);
      },
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

// One set per process: counts split between two registries would undercount.
export const metrics: Metrics = processSingleton("metrics", createMetrics);

/** Called where a page actually renders, so a page served from a cache counts nothing. */
export function countRender(kind: RouteKind): void {
  metrics.pageRenders.inc({ route_kind: kind, trigger: currentRenderTrigger() });
}

/** Lets each scrape read the pool's counts (lib/db/client.ts). */
export function observeDatabasePool(pool: PoolCounts): void {
  metrics.pool.counts = pool;
}
