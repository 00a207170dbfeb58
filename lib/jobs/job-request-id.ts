import { requestIdFrom } from "@/lib/logging/request-log-context";

/**
 * Jobs are queued with the id of the request that queued them in their
 * payload (`requestId`, null outside a request), so a job's log lines, and
 * those of the route it calls, read as the rest of that request's.
 */
export function jobRequestId(payload: unknown): string {
  const given =
    typeof payload === "object" && payload !== null && "requestId" in payload ? payload.requestId : undefined;
  return requestIdFrom(typeof given === "string" ? given : undefined);
}
