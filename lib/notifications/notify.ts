import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type NewsroomAction } from "@/lib/newsroom/access/permissions";
import { queueNotificationEmails } from "@/lib/notifications/email-queue";
import type { NotificationKind } from "@/lib/notifications/kinds";
import { errorText } from "@/lib/logging/logger";
import { log } from "@/lib/logging/request-log-context";

export interface NotificationEvent {
  kind: NotificationKind;
  storyId?: number;
  locale?: Locale;
  /** Who caused it; never told of their own action. */
  actorId: string | null;
  details?: Record<string, string | number>;
}

/** The notifications just written whose members want them by email too. */
function toEmail(
  members: { id: string; emailNotifications: boolean }[],
  written: { id: number; userId: string }[],
): number[] {
  const wantEmail = new Set(members.filter((member) => member.emailNotifications).map((member) => member.id));
  return written.filter((row) => wantEmail.has(row.userId)).map((row) => row.id);
}

async function queueEmails(ids: number[]): Promise<void> {
  try {
    await queueNotificationEmails(ids);
  } catch (error) {
    // The inbox has them; only the emails are lost.
    log().error({ err: errorText(error) }, "notification emails not queued");
  }
}

/**
 * Tells these members, except the one who caused it, those disabled and
 * those who muted the kind; with SMTP_URL, queues an email for each of them
 * who has email on. Called after the action has succeeded and never throws:
 * a failure here is logged, and the action it follows still stands.
 */
export async function notify(event: NotificationEvent, recipients: Iterable<string>): Promise<void> {
  let emailed: number[] = [];
  try {
    const ids = [...new Set(recipients)].filter((id) => id !== event.actorId);
    if (ids.length === 0) return;
    const members = await db().user.findMany({
      where: { id: { in: ids }, disabledAt: null, mutes: { none: { kind: event.kind } } },
      select: { id: true, emailNotifications: true },
    });
    if (members.length === 0) return;
    const written = await db().notification.createManyAndReturn({
      data: members.map((member) => ({
        userId: member.id,
        kind: event.kind,
        storyId: event.storyId ?? null,
        locale: event.locale ?? null,
        actorId: event.actorId,
        details: (event.details ?? undefined) as Prisma.InputJsonValue | undefined,
      })),
      select: { id: true, userId: true },
    });
    emailed = toEmail(members, written);
  } catch (error) {
    log().error({ err: errorText(error) }, "notifications not recorded");
    return;
  }
  await queueEmails(emailed);
}

/**
 * Like `notify`, for events that come in bursts (a live page's entries,
 * every few minutes on a breaking-news day): a member with an unread
 * notification of this kind for this story and language has its `count`
 * raised (and its time and actor set to the latest) instead of a new one,
 * and is emailed only for the first. Read, the next event starts a new one.
 */
export async function notifyCoalesced(
  event: NotificationEvent & { storyId: number; locale: Locale },
  recipients: Iterable<string>,
): Promise<void> {
  let emailed: number[] = [];
  try {
    const ids = [...new Set(recipients)].filter((id) => id !== event.actorId);
    if (ids.length === 0) return;
    const members = await db().user.findMany({
      where: { id: { in: ids }, disabledAt: null, mutes: { none: { kind: event.kind } } },
      select: { id: true, emailNotifications: true },
    });
    if (members.length === 0) return;
    const written = await db().$transaction(async (tx) => {
      // Two entries posted at once add to one notification rather than each writing one.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`notify:${event.kind}:${event.storyId}:${event.locale}`}))`;
      const raised = await tx.$queryRaw<{ userId: string }[]>`UPDATE "Notification"
        SET "details" = coalesce("details", '{}'::jsonb)
              || jsonb_build_object('count', coalesce(("details"->>'count')::int, 1) + 1),
            "actorId" = ${event.actorId}, "createdAt" = now()
        WHERE "userId" = ANY(${members.map((member) => member.id)}) AND "readAt" IS NULL
          AND "kind" = ${event.kind} AND "storyId" = ${event.storyId} AND "locale" = ${event.locale}::"Locale"
        RETURNING "userId"`;
      const told = new Set(raised.map((row) => row.userId));
      return tx.notification.createManyAndReturn({
        data: members
          .filter((member) => !told.has(member.id))
          .map((member) => ({
            userId: member.id,
            kind: event.kind,
            storyId: event.storyId,
            locale: event.locale,
            actorId: event.actorId,
            details: { ...event.details, count: 1 },
          })),
        select: { id: true, userId: true },
      });
    });
    emailed = toEmail(members, written);
  } catch (error) {
    log().error({ err: errorText(error) }, "notifications not recorded");
    return;
  }
  await queueEmails(emailed);
}

/** Active members allowed to do `action` (editors for publishing, moderators for comments…). */
export async function membersWhoCan(action: NewsroomAction): Promise<string[]> {
  const members = await db().user.findMany({
    where: { disabledAt: null },
    select: { id: true, name: true, email: true, role: true, locales: true },
  });
  return members.filter((member) => can(member, action)).map((member) => member.id);
}

/** Translators who work in `locale` (not editors, who translate too but are told as editors). */
export async function translatorsOf(locale: Locale): Promise<string[]> {
  const members = await db().user.findMany({
    where: { disabledAt: null, role: "TRANSLATOR", locales: { has: locale } },
    select: { id: true },
  });
  return members.map((member) => member.id);
}

/**
 * Who is translating a version: the holder of its claim, else whoever
 * saved its latest revision.
 */
export async function versionTranslator(storyId: number, locale: Locale): Promise<string[]> {
  const claim = await db().translationClaim.findUnique({ where: { storyId_locale: { storyId, locale } } });
  if (claim) return [claim.userId];
  const latest = await db().translationRevision.findFirst({
    where: { translation: { storyId, locale }, authorId: { not: null } },
    orderBy: { id: "desc" },
    select: { authorId: true },
  });
  return latest?.authorId ? [latest.authorId] : [];
}
