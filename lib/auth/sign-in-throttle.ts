import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/** A throttle key and how many attempts it may make before backing off. */
export interface ThrottleRule {
  key: string;
  free: number;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfter: number };

/** The longest wait the back-off reaches: a locked-out owner is never kept out for long. */
export const BACKOFF_CAP_SECONDS = 15 * 60;
/** A key with no counted attempt for this long starts again from zero. */
const QUIET_RESET = Prisma.sql`interval '1 hour'`;
// Timestamps are stored in UTC (as Prisma reads them); the wall clock, not
// now(), because a statement that waited for the row lock must see the time
// it actually runs at.
const CLOCK = Prisma.sql`(clock_timestamp() AT TIME ZONE 'UTC')::timestamp(3)`;
const NEVER = Prisma.sql`timestamp '1970-01-01'`;

/**
 * Counts one attempt under `rule.key` and says whether it may be checked,
 * in one atomic statement: concurrent attempts queue on the row lock, so no
 * more than `free` pass before the back-off starts. The `free`-th counted
 * attempt blocks the key for 1 s, the next for 2 s, 4 s … up to the cap.
 * A refused attempt is not counted, so hammering does not lengthen the wait.
 */
export async function countAttempt({ key, free }: ThrottleRule): Promise<ThrottleDecision> {
  const counted = Prisma.sql`CASE WHEN t."updatedAt" < EXCLUDED."updatedAt" - ${QUIET_RESET}
    THEN 1 ELSE t."failures" + 1 END`;
  const rows = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "blockedUntil", "updatedAt")
    VALUES (${key}, 1, ${blockedAfter(Prisma.sql`1`, free, CLOCK, NEVER)}, ${CLOCK})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${counted},
      "blockedUntil" = ${blockedAfter(counted, free, Prisma.sql`EXCLUDED."updatedAt"`, Prisma.sql`t."blockedUntil"`)},
      "updatedAt" = EXCLUDED."updatedAt"
    WHERE t."blockedUntil" <= EXCLUDED."updatedAt"
    RETURNING t."failures"`;
  if (rows.length > 0) return { allowed: true };
  const [row] = await db().$queryRaw<{ wait: number }[]>`
    SELECT GREATEST(1, ceil(extract(epoch FROM "blockedUntil" - ${CLOCK})))::int AS "wait"
    FROM "SignInThrottle" WHERE "key" = ${key}`;
  return { allowed: false, retryAfter: row?.wait ?? 1 };
}

function blockedAfter(failures: Prisma.Sql, free: number, now: Prisma.Sql, otherwise: Prisma.Sql) {
  return Prisma.sql`CASE WHEN ${failures} >= ${free}::int
    THEN ${now} + make_interval(secs => LEAST(power(2, LEAST(${failures} - ${free}::int, 30)), ${BACKOFF_CAP_SECONDS}::int))
    ELSE ${otherwise} END`;
}

/** Takes back one counted attempt that turned out not to be a failure. */
export async function refundAttempt({ key, free }: ThrottleRule): Promise<void> {
  await db().$executeRaw`
    UPDATE "SignInThrottle" SET
      "failures" = GREATEST("failures" - 1, 0),
      "blockedUntil" = CASE WHEN "failures" - 1 < ${free}::int THEN ${NEVER} ELSE "blockedUntil" END
    WHERE "key" = ${key}`;
}

/** Forgets a key entirely (a successful sign-in clears its own pair or device key). */
export async function forgetAttempts(key: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}
