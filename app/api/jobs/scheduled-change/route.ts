import { idOrNull } from "@/lib/forms/form-values";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { isJobCall } from "@/lib/jobs/job-calls";
import { runScheduledChange } from "@/lib/newsroom/schedule/scheduled-changes";

const NO_STORE = { "Cache-Control": "no-store" };

// Called only by this process's own job queue (scripts/server/job-queue.ts)
// when a scheduled publish or unpublish is due. The cache is expired here, as
// in the Server Action of a manual change: same tags, same proxy purge.
export async function POST(request: Request) {
  if (!isJobCall(request.headers)) return new Response(null, { status: 404, headers: NO_STORE });
  const body: unknown = await request.json().catch(() => null);
  const scheduleId = idOrNull(
    typeof body === "object" && body !== null && "scheduleId" in body ? String(body.scheduleId) : null,
  );
  if (scheduleId === null) return new Response(null, { status: 400, headers: NO_STORE });
  const result = await runScheduledChange(scheduleId);
  if (result.ran) await expireTags(result, "route");
  return Response.json(result.ran ? { outcome: result.outcome } : { outcome: "gone" }, { headers: NO_STORE });
}
