import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import type { Notification } from "@/lib/generated/prisma/client";
import type { MessageGender } from "@/lib/newsroom/people/member-name";
import { memberNames } from "@/lib/newsroom/people/member-names";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { NOTIFICATION_KINDS, isNotificationKind, type NotificationKind } from "@/lib/notifications/kinds";

/** How many notifications the inbox shows, newest first. */
export const INBOX_PAGE_SIZE = 50;

export interface InboxItem {
  id: number;
  kind: NotificationKind;
  storyId: number | null;
  locale: Locale | null;
  /** Who caused it, named for the viewer's newsroom; null for the newsroom itself. */
  actor: string | null;
  actorGender: MessageGender;
  /** The story's headline in the viewer's language where it has one, else its source's. */
  headline: string | null;
  headlineLocale: Locale | null;
  details: Record<string, string | number>;
  createdAt: Date;
  unread: boolean;
}

export async function unreadCount(userId: string): Promise<number> {
  return db().notification.count({ where: { userId, readAt: null } });
}

export async function loadInbox(userId: string, viewerLocale: Locale): Promise<InboxItem[]> {
  const rows = await db().notification.findMany({
    where: { userId },
    orderBy: { id: "desc" },
    take: INBOX_PAGE_SIZE,
  });
  return describeNotifications(rows, viewerLocale);
}

/**
 * Notifications as their sentences name things for a reader of
 * `viewerLocale`: the inbox and the emails both read them through here, so
 * they never disagree. Members are named as that language's newsroom knows
 * them (their display name in it, else their account name).
 */
export async function describeNotifications(
  rows: Notification[],
  viewerLocale: Locale,
): Promise<InboxItem[]> {
  const storyIds = [...new Set(rows.flatMap((row) => (row.storyId === null ? [] : [row.storyId])))];
  const actorIds = [...new Set(rows.flatMap((row) => (row.actorId === null ? [] : [row.actorId])))];
  const [stories, actors] = await Promise.all([
    db().story.findMany({
      where: { id: { in: storyIds } },
      select: { id: true, sourceLocale: true, translations: { select: { locale: true, headline: true } } },
    }),
    memberNames(actorIds, viewerLocale),
  ]);
  return rows.flatMap((row): InboxItem[] => {
    if (!isNotificationKind(row.kind)) return [];
    const story = stories.find((each) => each.id === row.storyId);
    const shown =
      story?.translations.find((version) => version.locale === viewerLocale) ??
      story?.translations.find((version) => version.locale === story.sourceLocale);
    const actor = row.actorId === null ? undefined : actors.get(row.actorId);
    return [
      {
        id: row.id,
        kind: row.kind,
        storyId: row.storyId,
        locale: row.locale,
        actor: actor?.name ?? null,
        actorGender: actor?.gender ?? "other",
        headline: shown?.headline ?? null,
        headlineLocale: shown?.locale ?? null,
        details: (row.details ?? {}) as Record<string, string | number>,
        createdAt: row.createdAt,
        unread: row.readAt === null,
      },
    ];
  });
}

export async function markAllRead(user: NewsroomUser): Promise<void> {
  await db().notification.updateMany({
    where: { userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
}

export async function mutedKinds(userId: string): Promise<NotificationKind[]> {
  const rows = await db().notificationMute.findMany({ where: { userId } });
  return rows.map((row) => row.kind).filter(isNotificationKind);
}

/** The member receives exactly these kinds from now on. */
export async function setReceivedKinds(user: NewsroomUser, received: NotificationKind[]): Promise<void> {
  const muted = NOTIFICATION_KINDS.filter((kind) => !received.includes(kind));
  await db().$transaction([
    db().notificationMute.deleteMany({ where: { userId: user.id } }),
    db().notificationMute.createMany({ data: muted.map((kind) => ({ userId: user.id, kind })) }),
  ]);
}
