import { checkDatabase } from "@/lib/db/health";

// The caching proxy's probe: an instance whose database is unreachable is as
// good as down, so the proxy serves its cached pages (grace) instead.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const healthy = await checkDatabase();
  return new Response(healthy ? "ok\n" : "database unavailable\n", {
    status: healthy ? 200 : 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
