import { env } from "@/lib/env";
import { detailedHealth } from "@/lib/health/detailed-health";
import { metricsAuthorized } from "@/lib/metrics/metrics-token";

export const dynamic = "force-dynamic";

// For the operator's monitor, straight to each instance with HEALTH_TOKEN:
// it names internal failures, so the caching proxy refuses this path. The
// proxy's own probe stays GET /api/health, one cheap query.
export async function GET(request: Request) {
  const headers = { "Cache-Control": "no-store" };
  // The same bearer check as /metrics, against its own token.
  if (!metricsAuthorized(request.headers.get("authorization"), env.HEALTH_TOKEN)) {
    return new Response("A health token is required.\n", {
      status: 401,
      headers: { ...headers, "WWW-Authenticate": "Bearer", "Content-Type": "text/plain" },
    });
  }
  const health = await detailedHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers });
}
