import { Counter, Registry } from "prom-client";
import { currentRenderTrigger } from "@/lib/metrics/request-trigger";
import { processSingleton } from "@/lib/runtime/process-singleton";

/** What kind of page or piece a render produced: the label renders are counted by. */
export type RouteKind =
  | "story"
  | "comment-page"
  | "comments-fragment"
  | "banner-fragment"
  | "list"
  | "live-updates"
  | "live-entry"
  | "live-poll";

interface Metrics {
  registry: Registry;
  pageRenders: Counter<"route_kind" | "trigger">;
}

function createMetrics(): Metrics {
  const registry = new Registry();
  const pageRenders = new Counter({
    name: "news_page_renders_total",
    help: "Reading pages and fragments rendered by this instance (not served from a cache), by route kind and by what asked: a read, or a post answered with the page.",
    labelNames: ["route_kind", "trigger"] as const,
    registers: [registry],
  });
  return { registry, pageRenders };
}

// One set per process: counts split between two registries would undercount.
export const metrics: Metrics = processSingleton("metrics", createMetrics);

/** Called where a page actually renders, so a page served from a cache counts nothing. */
export function countRender(kind: RouteKind): void {
  metrics.pageRenders.inc({ route_kind: kind, trigger: currentRenderTrigger() });
}
