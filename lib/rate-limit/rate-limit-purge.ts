import "server-only";
import { db } from "@/lib/db/client";
import { FORM_TOKEN_LIFETIME_SECONDS } from "@/lib/comments/form-token-lifetime";

// Longer than any rate-limit window in use (the longest is an hour): a bucket
// whose window started before this can only ever be reset, so it may go.
export const KEEP_SECONDS = 24 * 60 * 60;
const PURGE_EVERY_MS = 5 * 60 * 1000;
// Each run deletes at most this many rows per table, so a run after a flood
// stays a short statement; the next runs take the rest.
const BATCH = 10_000;

export interface PurgeCounts {
  rateLimitBuckets: number;
  formTokens: number;
  signInThrottles: number;
}

/**
 * Deletes rate-limit buckets whose window ended long ago, comment form tokens
 * that are used or expired, and sign-in throttles untouched for a day and no
 * longer blocking.
 */
export async function purgeExpiredRateLimits(): Promise<PurgeCounts> {
  const rateLimitBuckets = await db().$executeRaw`
    DELETE FROM "RateLimitBucket" WHERE "key" IN (
      SELECT "key" FROM "RateLimitBucket"
      WHERE "windowStart" < now() - make_interval(secs => ${KEEP_SECONDS}) LIMIT ${BATCH})`;
  const formTokens = await db().$executeRaw`
    DELETE FROM "CommentFormToken" WHERE "id" IN (
      SELECT "id" FROM "CommentFormToken"
      WHERE "usedAt" IS NOT NULL
         OR "issuedAt" < now() - make_interval(secs => ${FORM_TOKEN_LIFETIME_SECONDS}) LIMIT ${BATCH})`;
  const signInThrottles = await db().$executeRaw`
    DELETE FROM "SignInThrottle" WHERE "key" IN (
      SELECT "key" FROM "SignInThrottle"
      WHERE "updatedAt" < now() - make_interval(secs => ${KEEP_SECONDS}) AND "blockedUntil" < now()
      LIMIT ${BATCH})`;
  return { rateLimitBuckets, formTokens, signInThrottles };
}

let lastRun = 0;

/**
 * Runs the purge at most every few minutes per server process, from the
 * paths that write these rows (see consumeRateLimit): it needs no timer or
 * custom server, works under `next dev` and any number of processes, and
 * costs nothing while nobody writes.
 */
export async function purgeExpiredRateLimitsSometimes(now = Date.now()): Promise<void> {
  if (now - lastRun < PURGE_EVERY_MS) return;
  // Claimed before the work, so concurrent requests do not all purge.
  lastRun = now;
  await purgeExpiredRateLimits();
}
