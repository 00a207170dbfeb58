import "server-only";
import type { Locale } from "next-intl";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { memberName, memberNameSelect, type MessageGender } from "@/lib/newsroom/people/member-name";
import { memberNames } from "@/lib/newsroom/people/member-names";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { notify } from "@/lib/notifications/notify";

export interface ClaimHolder {
  userId: string;
  /** The holder's name in the viewer's newsroom. */
  name: string;
  gender: MessageGender;
  since: Date;
  /** The editor who assigned it, when it was assigned, named the same way. */
  assignedBy: { name: string; gender: MessageGender } | null;
}

export type ClaimResult =
  | { ok: true }
  | { ok: false; kind: "forbidden" | "not-found" | "source-language" | "claimed" | "not-claimed" | "member" };

// Stored like every Prisma timestamp: UTC, without a zone, whatever the server's TimeZone.
const CLOCK = Prisma.sql`(clock_timestamp() AT TIME ZONE 'UTC')::timestamp(3)`;

/** Claims whose holder has not saved or had the editor open since this are free to take. */
function lapsed(hours: number = env.TRANSLATION_CLAIM_HOURS): Prisma.Sql {
  return Prisma.sql`${CLOCK} - make_interval(secs => ${Math.round(hours * 3600)})`;
}

const subject = (storyId: number, locale: Locale) => `story:${storyId}/${locale}`;

type Tx = Prisma.TransactionClient;

/** The live claim on a version, locked for the change about to be made. */
async function liveClaim(tx: Tx, storyId: number, locale: Locale) {
  const [row] = await tx.$queryRaw<{ userId: string; name: string; fresh: boolean }[]>`
    SELECT c."userId", u."name", c."heartbeatAt" >= ${lapsed()} AS "fresh"
    FROM "TranslationClaim" c JOIN "User" u ON u."id" = c."userId"
    WHERE c."storyId" = ${storyId} AND c."locale" = ${locale}::"Locale" FOR UPDATE OF c`;
  return row?.fresh ? row : null;
}

/** The story exists and `locale` is a translation of it (never its source). */
async function translatable(tx: Tx, storyId: number, locale: Locale): Promise<ClaimResult | null> {
  const story = await tx.story.findUnique({ where: { id: storyId }, select: { sourceLocale: true } });
  if (!story) return { ok: false, kind: "not-found" };
  if (story.sourceLocale === locale) return { ok: false, kind: "source-language" };
  return null;
}

async function hold(tx: Tx, storyId: number, locale: Locale, userId: string, assignedById: string | null) {
  await tx.translationClaim.upsert({
    where: { storyId_locale: { storyId, locale } },
    create: { storyId, locale, userId, assignedById },
    update: { userId, assignedById, claimedAt: new Date(), heartbeatAt: new Date() },
  });
}

/** A member of the version's language takes it to translate, unless someone else holds it. */
export async function claimTranslation(
  user: NewsroomUser | null,
  storyId: number,
  locale: Locale,
): Promise<ClaimResult> {
  if (!user || !can(user, { type: "translation.edit", locale })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx): Promise<ClaimResult> => {
    const refused = await translatable(tx, storyId, locale);
    if (refused) return refused;
    const live = await liveClaim(tx, storyId, locale);
    if (live?.userId === user.id) return { ok: true };
    if (live) return { ok: false, kind: "claimed" };
    await hold(tx, storyId, locale, user.id, null);
    await recordAudit(tx, {
      actorId: user.id,
      action: "translation.claim",
      subject: subject(storyId, locale),
    });
    return { ok: true };
  });
}

/** Takes a live claim over from its holder (recorded in the audit log, as edit locks are). */
export async function takeOverClaim(
  user: NewsroomUser | null,
  storyId: number,
  locale: Locale,
): Promise<ClaimResult> {
  if (!user || !can(user, { type: "translation.edit", locale })) return { ok: false, kind: "forbidden" };
  let from: string | null = null;
  const result = await db().$transaction(async (tx): Promise<ClaimResult> => {
    const refused = await translatable(tx, storyId, locale);
    if (refused) return refused;
    const live = await liveClaim(tx, storyId, locale);
    if (live && live.userId !== user.id) from = live.userId;
    await hold(tx, storyId, locale, user.id, null);
    if (live && live.userId !== user.id) {
      await recordAudit(tx, {
        actorId: user.id,
        action: "translation.claim.takeover",
        subject: subject(storyId, locale),
        details: { fromUserId: live.userId, fromName: live.name },
      });
    } else if (!live) {
      await recordAudit(tx, {
        actorId: user.id,
        action: "translation.claim",
        subject: subject(storyId, locale),
      });
    }
    return { ok: true };
  });
  if (result.ok && from) {
    await notify({ kind: "claim_taken_over", storyId, locale, actorId: user.id }, [from]);
  }
  return result;
}

/** An editor gives the version to a member who translates into its language. */
export async function assignTranslation(
  user: NewsroomUser | null,
  storyId: number,
  locale: Locale,
  memberId: string,
): Promise<ClaimResult> {
  if (!user || !can(user, { type: "translation.assign", locale })) return { ok: false, kind: "forbidden" };
  let previous: string | null = null;
  const result = await db().$transaction(async (tx): Promise<ClaimResult> => {
    const refused = await translatable(tx, storyId, locale);
    if (refused) return refused;
    const member = await tx.user.findUnique({ where: { id: memberId } });
    const able =
      member !== null &&
      member.disabledAt === null &&
      can({ ...member, locales: member.locales }, { type: "translation.edit", locale });
    if (!member || !able) return { ok: false, kind: "member" };
    const live = await liveClaim(tx, storyId, locale);
    if (live && live.userId !== member.id) previous = live.userId;
    await hold(tx, storyId, locale, member.id, user.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: "translation.claim.assign",
      subject: subject(storyId, locale),
      details: {
        toUserId: member.id,
        toName: member.name,
        ...(live && live.userId !== member.id ? { fromUserId: live.userId, fromName: live.name } : {}),
      },
    });
    return { ok: true };
  });
  if (result.ok) {
    await notify({ kind: "claim_assigned", storyId, locale, actorId: user.id }, [memberId]);
    if (previous) await notify({ kind: "claim_taken_over", storyId, locale, actorId: user.id }, [previous]);
  }
  return result;
}

/** The holder (or an editor) gives the version back to the queue. */
export async function releaseClaim(
  user: NewsroomUser | null,
  storyId: number,
  locale: Locale,
): Promise<ClaimResult> {
  if (!user || !can(user, { type: "translation.edit", locale })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx): Promise<ClaimResult> => {
    const live = await liveClaim(tx, storyId, locale);
    if (!live) return { ok: false, kind: "not-claimed" };
    if (live.userId !== user.id && !can(user, { type: "translation.assign", locale })) {
      return { ok: false, kind: "forbidden" };
    }
    await tx.translationClaim.delete({ where: { storyId_locale: { storyId, locale } } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "translation.claim.release",
      subject: subject(storyId, locale),
      ...(live.userId !== user.id ? { details: { fromUserId: live.userId, fromName: live.name } } : {}),
    });
    return { ok: true };
  });
}

/**
 * Keeps the member's claim on a version alive: called on each save and by
 * the open editor's heartbeat. Does nothing when the claim is someone else's.
 */
export async function refreshClaim(
  writer: Pick<Prisma.TransactionClient, "$executeRaw">,
  userId: string,
  storyId: number,
  locale: Locale,
): Promise<void> {
  await writer.$executeRaw`
    UPDATE "TranslationClaim" SET "heartbeatAt" = ${CLOCK}
    WHERE "storyId" = ${storyId} AND "locale" = ${locale}::"Locale" AND "userId" = ${userId}`;
}

/** The live claims on these stories' `locale` versions, by story id, their members named for `viewerLocale`. */
export async function liveClaims(
  storyIds: number[],
  locale: Locale,
  viewerLocale: Locale,
): Promise<Map<number, ClaimHolder>> {
  if (storyIds.length === 0) return new Map();
  const rows = await db().$queryRaw<
    { storyId: number; userId: string; since: Date; assignedById: string | null }[]
  >`
    SELECT c."storyId", c."userId", c."claimedAt" AS "since", c."assignedById"
    FROM "TranslationClaim" c
    WHERE c."storyId" = ANY(${storyIds}) AND c."locale" = ${locale}::"Locale"
      AND c."heartbeatAt" >= ${lapsed()}`;
  const names = await memberNames(
    rows.flatMap((row) => (row.assignedById ? [row.userId, row.assignedById] : [row.userId])),
    viewerLocale,
  );
  return new Map(
    rows.flatMap(({ storyId, userId, since, assignedById }): [number, ClaimHolder][] => {
      const holder = names.get(userId);
      if (!holder) return [];
      const assigner = assignedById ? (names.get(assignedById) ?? null) : null;
      return [[storyId, { userId, name: holder.name, gender: holder.gender, since, assignedBy: assigner }]];
    }),
  );
}

/** Who may be given a version in `locale`: active members who translate into it, named for `viewerLocale`. */
export async function membersFor(
  locale: Locale,
  viewerLocale: Locale,
): Promise<{ id: string; name: string }[]> {
  const members = await db().user.findMany({
    where: { disabledAt: null },
    select: { id: true, email: true, role: true, locales: true, ...memberNameSelect },
  });
  return members
    .filter((member) => can(member, { type: "translation.edit", locale }))
    .map((member) => ({ id: member.id, name: memberName(member, viewerLocale).name }))
    .sort((a, b) => a.name.localeCompare(b.name, viewerLocale));
}
