import { idOrNull } from "@/lib/forms/form-values";
import { isJobCall } from "@/lib/jobs/job-calls";
import { sendNotificationEmail } from "@/lib/notifications/send-notification-email";
import { errorText } from "@/lib/logging/logger";
import { log } from "@/lib/logging/request-log-context";

const NO_STORE = { "Cache-Control": "no-store" };

// Called only by this process's own job queue (scripts/server/job-queue.ts)
// with a notification's id. A mail server that refuses or cannot be reached
// answers 503, so the queue tries again with its backoff.
export async function POST(request: Request) {
  if (!isJobCall(request.headers)) return new Response(null, { status: 404, headers: NO_STORE });
  const body: unknown = await request.json().catch(() => null);
  const notificationId = idOrNull(
    typeof body === "object" && body !== null && "notificationId" in body
      ? String(body.notificationId)
      : null,
  );
  if (notificationId === null) return new Response(null, { status: 400, headers: NO_STORE });
  try {
    const outcome = await sendNotificationEmail(notificationId);
    return Response.json({ outcome }, { headers: NO_STORE });
  } catch (error) {
    log().warn({ notificationId, err: errorText(error) }, "notification not emailed");
    return Response.json({ outcome: "failed" }, { status: 503, headers: NO_STORE });
  }
}
