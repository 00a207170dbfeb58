import "server-only";
import type { Locale } from "next-intl";
import { createHmac } from "node:crypto";
import { db } from "@/lib/db/client";
import { isLikelyBot } from "@/lib/reads/bot-user-agents";
import { liveEnv } from "@/lib/env";
import { errorText } from "@/lib/logging/logger";
import { log } from "@/lib/logging/request-log-context";

const HOUR_MS = 3_600_000;
// Sightings only have to outlive their hour; counts make "most read" (24 h) and a month of history.
const KEEP_SIGHTINGS_MS = 2 * HOUR_MS;
const KEEP_COUNTS_DAYS = 30;

export type ReadOutcome = "counted" | "repeat" | "bot";

export function startOfHour(now: Date): Date {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
}

function sightingDigest(
  reader: { clientIp: string; userAgent: string },
  storyId: number,
  locale: string,
  hour: Date,
) {
  const secret = liveEnv().BETTER_AUTH_SECRET;
  if (!secret) throw new Error("BETTER_AUTH_SECRET is not set: the server sets it at start.");
  return createHmac("sha256", secret)
    .update([reader.clientIp, reader.userAgent, storyId, locale, hour.toISOString()].join("\n"))
    .digest("base64url");
}

/**
 * Counts one read of a published story's language version in the current
 * hour, once per reader (address and user agent) per story per hour. One
 * statement: the sighting and the count land together or not at all.
 */
export async function countRead(read: {
  storyId: number;
  locale: Locale;
  clientIp: string;
  userAgent: string | null;
  now?: Date;
}): Promise<ReadOutcome> {
  if (isLikelyBot(read.userAgent)) return "bot";
  const hour = startOfHour(read.now ?? new Date());
  const digest = sightingDigest(
    { clientIp: read.clientIp, userAgent: read.userAgent! },
    read.storyId,
    read.locale,
    hour,
  );
  const counted = await db().$executeRaw`
    WITH seen AS (
      INSERT INTO "ReadSighting" ("digest", "hour") VALUES (${digest}, ${hour})
      ON CONFLICT ("digest") DO NOTHING
      RETURNING 1
    ), published AS (
      SELECT 1 FROM "StoryTranslation"
      WHERE "storyId" = ${read.storyId} AND "locale" = ${read.locale}::"Locale" AND "status" = 'PUBLISHED'
    )
    INSERT INTO "StoryReadHour" ("storyId", "locale", "hour", "reads")
    SELECT ${read.storyId}, ${read.locale}::"Locale", ${hour}, 1 FROM seen, published
    ON CONFLICT ("storyId", "locale", "hour") DO UPDATE SET "reads" = "StoryReadHour"."reads" + 1`;
  return counted > 0 ? "counted" : "repeat";
}

/** Deletes sightings past their hour and counts older than a month. */
export async function purgeOldReads(now = new Date()): Promise<void> {
  await db().readSighting.deleteMany({
    where: { hour: { lt: new Date(now.getTime() - KEEP_SIGHTINGS_MS) } },
  });
  await db().storyReadHour.deleteMany({
    where: { hour: { lt: new Date(now.getTime() - KEEP_COUNTS_DAYS * 24 * HOUR_MS) } },
  });
}

/** About one read in a hundred does the housekeeping, so no timer is needed on any instance. */
export function purgeOldReadsSometimes(): void {
  if (Math.random() >= 0.01) return;
  void purgeOldReads().catch((error: unknown) =>
    log().error({ err: errorText(error) }, "purging old reads failed"),
  );
}
