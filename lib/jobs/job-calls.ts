import { timingSafeEqual } from "node:crypto";
import { liveEnv, type LiveEnv } from "@/lib/env";

/**
 * The job queue runs beside Next in the same process (scripts/serve.ts) and
 * hands each job to a route handler, where Next's cache can be expired as in
 * any request. The server makes a random token at start and sets it here;
 * only a call carrying it, so only this process, is let through.
 */
/** graphile-worker's task for a scheduled publish or unpublish, and the route that does it. */
export const SCHEDULED_CHANGE_TASK = "scheduled-status-change";
export const SCHEDULED_CHANGE_PATH = "/api/jobs/scheduled-change";

/** graphile-worker's task for one notification's email, and the route that sends it. */
export const NOTIFICATION_EMAIL_TASK = "notification-email";
export const NOTIFICATION_EMAIL_PATH = "/api/jobs/notification-email";

/** graphile-worker's task that hard-purges a withdrawal again (lib/cache-proxy/withdrawal-repurge.ts). */
export const CACHE_HARD_PURGE_TASK = "cache-hard-purge";

export const JOB_TOKEN_ENV = "JOB_QUEUE_TOKEN";
export const JOB_TOKEN_HEADER = "x-job-token";

export function isJobCall(
  headers: Headers,
  source: Partial<Pick<LiveEnv, typeof JOB_TOKEN_ENV>> = liveEnv(),
): boolean {
  const expected = source[JOB_TOKEN_ENV];
  const given = headers.get(JOB_TOKEN_HEADER);
  if (!expected || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
