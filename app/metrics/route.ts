import { env } from "@/lib/env";
import { metrics } from "@/lib/metrics/registry";
import { metricsAuthorized } from "@/lib/metrics/metrics-token";

export const dynamic = "force-dynamic";

// Prometheus scrapes each instance directly with METRICS_TOKEN; the caching
// proxy refuses this path, so the figures are never cached or shown to readers.
export async function GET(request: Request) {
  if (!metricsAuthorized(request.headers.get("authorization"), env.METRICS_TOKEN)) {
    return new Response("A metrics token is required.\n", {
      status: 401,
      headers: { "WWW-Authenticate": "Bearer", "Cache-Control": "no-store", "Content-Type": "text/plain" },
    });
  }
  return new Response(await metrics.registry.metrics(), {
    headers: { "Content-Type": metrics.registry.contentType, "Cache-Control": "no-store" },
  });
}
