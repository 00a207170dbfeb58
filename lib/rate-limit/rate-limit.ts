import "server-only";
import { db } from "@/lib/db/client";
import { purgeExpiredRateLimitsSometimes } from "@/lib/rate-limit/rate-limit-purge";
import { errorText } from "@/lib/logging/logger";
import { log } from "@/lib/logging/request-log-context";

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the window resets, when refused. */
  retryAfter: number;
}

/**
 * Counts one attempt under `key` in a fixed window and says whether it is
 * within `limit`. A single atomic upsert in PostgreSQL, so the limit holds
 * across server processes and concurrent requests. Windows longer than a
 * day would be purged early (lib/rate-limit/rate-limit-purge.ts).
 */
export async function consumeRateLimit(
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<RateLimitDecision> {
  // Housekeeping, not the caller's business: the request does not wait for it.
  void purgeExpiredRateLimitsSometimes().catch((error: unknown) =>
    log().error({ err: errorText(error) }, "purging expired rate limits failed"),
  );
  const rows = await db().$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  const elapsed = (Date.now() - row.windowStart.getTime()) / 1000;
  return {
    allowed: row.count <= limit,
    retryAfter: Math.max(1, Math.ceil(windowSeconds - elapsed)),
  };
}
