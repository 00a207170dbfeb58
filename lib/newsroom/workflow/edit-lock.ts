import "server-only";
import type { Locale } from "next-intl";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MessageGender } from "@/lib/newsroom/people/member-name";
import { memberNameOf } from "@/lib/newsroom/people/member-names";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";

/** A lock without a heartbeat for this long is free for anyone to take. */
export const LOCK_STALE_SECONDS = 5 * 60;
/** How often an open editor says it is still there: well inside the staleness window. */
export const LOCK_HEARTBEAT_SECONDS = 60;

/** `holder` is the other member with the version open, named for the viewer's newsroom. */
export type LockState =
  | { held: true; holder: null; since: string }
  | { held: false; holder: string; holderGender: MessageGender; since: string }
  | { held: false; holder: null; since: null };

// Stored like every Prisma timestamp: UTC, without a zone, whatever the server's TimeZone.
const CLOCK = Prisma.sql`(clock_timestamp() AT TIME ZONE 'UTC')::timestamp(3)`;
const stale = Prisma.sql`${CLOCK} - make_interval(secs => ${LOCK_STALE_SECONDS})`;

/** Who else is editing the version now, if anyone (a stale lock counts as nobody). */
async function otherHolder(storyId: number, locale: Locale, viewerLocale: Locale): Promise<LockState> {
  const [row] = await db().$queryRaw<{ userId: string; since: Date }[]>`
    SELECT l."userId", l."since" FROM "EditLock" l
    WHERE l."storyId" = ${storyId} AND l."locale" = ${locale}::"Locale" AND l."heartbeatAt" >= ${stale}`;
  const holder = row ? await memberNameOf(row.userId, viewerLocale) : null;
  return row && holder
    ? { held: false, holder: holder.name, holderGender: holder.gender, since: row.since.toISOString() }
    : { held: false, holder: null, since: null };
}

/**
 * Opens a version for editing, or keeps it open (the heartbeat): takes the
 * lock when it is free, stale or already this member's, in one statement so
 * two members opening at once cannot both get it. Otherwise says who has it,
 * named for the viewer's newsroom (`viewerLocale`).
 */
export async function holdEditLock(
  user: NewsroomUser,
  storyId: number,
  locale: Locale,
  viewerLocale: Locale,
): Promise<LockState> {
  if (!can(user, { type: "translation.edit", locale })) return otherHolder(storyId, locale, viewerLocale);
  const [mine] = await db().$queryRaw<{ since: Date }[]>`
    INSERT INTO "EditLock" AS l ("storyId", "locale", "userId", "since", "heartbeatAt")
    VALUES (${storyId}, ${locale}::"Locale", ${user.id}, ${CLOCK}, ${CLOCK})
    ON CONFLICT ("storyId", "locale") DO UPDATE SET
      "since" = CASE WHEN l."userId" = EXCLUDED."userId" AND l."heartbeatAt" >= ${stale}
                THEN l."since" ELSE EXCLUDED."since" END,
      "userId" = EXCLUDED."userId",
      "heartbeatAt" = EXCLUDED."heartbeatAt"
    WHERE l."userId" = EXCLUDED."userId" OR l."heartbeatAt" < ${stale}
    RETURNING "since"`;
  return mine
    ? { held: true, holder: null, since: mine.since.toISOString() }
    : otherHolder(storyId, locale, viewerLocale);
}

/** Who has the version open, without taking it (the read-only view). */
export async function readEditLock(
  user: NewsroomUser,
  storyId: number,
  locale: Locale,
  viewerLocale: Locale,
): Promise<LockState> {
  const [row] = await db().$queryRaw<{ userId: string; since: Date }[]>`
    SELECT "userId", "since" FROM "EditLock"
    WHERE "storyId" = ${storyId} AND "locale" = ${locale}::"Locale" AND "heartbeatAt" >= ${stale}`;
  if (row?.userId === user.id) return { held: true, holder: null, since: row.since.toISOString() };
  return otherHolder(storyId, locale, viewerLocale);
}

/**
 * Takes the version over from whoever is editing it. Their open form still
 * saves, but a save over a newer revision is refused, so nothing is lost.
 */
export async function takeOverEditLock(
  user: NewsroomUser | null,
  storyId: number,
  locale: Locale,
): Promise<{ ok: true } | { ok: false; kind: "forbidden" | "not-found" }> {
  if (!user || !can(user, { type: "translation.edit", locale })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: storyId }, select: { id: true } });
    if (!story) return { ok: false, kind: "not-found" } as const;
    const [previous] = await tx.$queryRaw<{ userId: string; name: string; since: Date; fresh: boolean }[]>`
      SELECT l."userId", u."name", l."since", l."heartbeatAt" >= ${stale} AS "fresh"
      FROM "EditLock" l JOIN "User" u ON u."id" = l."userId"
      WHERE l."storyId" = ${storyId} AND l."locale" = ${locale}::"Locale" FOR UPDATE OF l`;
    await tx.editLock.upsert({
      where: { storyId_locale: { storyId, locale } },
      create: { storyId, locale, userId: user.id },
      update: { userId: user.id, since: new Date(), heartbeatAt: new Date() },
    });
    if (previous && previous.fresh && previous.userId !== user.id) {
      await recordAudit(tx, {
        actorId: user.id,
        action: "translation.lock.takeover",
        subject: `story:${storyId}/${locale}`,
        details: {
          fromUserId: previous.userId,
          fromName: previous.name,
          since: previous.since.toISOString(),
        },
      });
    }
    return { ok: true } as const;
  });
}
