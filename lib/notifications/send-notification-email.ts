import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { env, mailFrom } from "@/lib/env";
import { memberName } from "@/lib/newsroom/people/member-name";
import { describeNotifications } from "@/lib/notifications/inbox";
import { mailTransport } from "@/lib/notifications/mail-transport";
import { composeNotificationEmail } from "@/lib/notifications/notification-email";

export type EmailOutcome = "sent" | "already-sent" | "not-wanted" | "gone" | "no-smtp";

/**
 * The language of a member's emails: the one they chose, else the only one
 * they work in, else English (editors and admins work in both).
 */
export function emailLocale(member: { newsroomLocale: Locale | null; locales: Locale[] }): Locale {
  if (member.newsroomLocale) return member.newsroomLocale;
  return member.locales.length === 1 ? member.locales[0]! : "en";
}

/**
 * Sends one notification's email, as the member's settings are now: a
 * member disabled since, with email turned off or the kind muted gets
 * none. Throws when the mail server does not take it, so that the queue
 * tries again. Once taken, the notification records `emailedAt` in its
 * details: a job run again after that (its call timed out, the process died
 * before the queue heard of the success) sends nothing twice.
 */
export async function sendNotificationEmail(notificationId: number): Promise<EmailOutcome> {
  const transport = mailTransport();
  if (!transport) return "no-smtp";
  const row = await db().notification.findUnique({
    where: { id: notificationId },
    include: {
      user: {
        select: {
          name: true,
          email: true,
          disabledAt: true,
          emailNotifications: true,
          newsroomLocale: true,
          locales: true,
          mutes: { select: { kind: true } },
          gender: true,
          displayNames: { select: { locale: true, name: true } },
        },
      },
    },
  });
  if (!row) return "gone";
  if (isEmailed(row.details)) return "already-sent";
  const member = row.user;
  const muted = member.mutes.some((mute) => mute.kind === row.kind);
  if (member.disabledAt || !member.emailNotifications || muted) return "not-wanted";
  const locale = emailLocale(member);
  const [item] = await describeNotifications([row], locale);
  if (!item) return "gone";
  const { name } = memberName(member, locale);
  const email = composeNotificationEmail(item, { name, locale }, env.SITE_URL);
  const from = mailFrom(env);
  await transport.sendMail({
    from: from.includes("<") ? from : { name: email.sender, address: from },
    to: { name, address: member.email },
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: { "Content-Language": locale, "Auto-Submitted": "auto-generated" },
  });
  await db().$executeRaw`UPDATE "Notification"
    SET "details" = coalesce("details", '{}'::jsonb) || jsonb_build_object('emailedAt', now())
    WHERE "id" = ${notificationId}`;
  return "sent";
}

function isEmailed(details: unknown): boolean {
  return typeof details === "object" && details !== null && "emailedAt" in details;
}
