import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { can } from "@/lib/newsroom/access/permissions";
import {
  displayName,
  displayNameErrors,
  type DisplayNameError,
  type ProfileValues,
} from "@/lib/newsroom/people/profile-fields";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";

export interface MemberProfile extends ProfileValues {
  id: string;
  /** The account name, shown where no display name is set. */
  accountName: string;
  email: string;
}

export type ProfileResult =
  | { ok: true }
  | { ok: false; kind: "invalid"; errors: Partial<Record<Locale, DisplayNameError>> }
  | { ok: false; kind: "forbidden" | "not-found" };

/** A member's own profile, or another's for an admin; null when there is no such member. */
export async function loadMemberProfile(memberId: string): Promise<MemberProfile | null> {
  const user = await db().user.findUnique({ where: { id: memberId }, include: { displayNames: true } });
  if (!user) return null;
  const shown = (locale: Locale) => user.displayNames.find((each) => each.locale === locale)?.name ?? "";
  return {
    id: user.id,
    accountName: user.name,
    email: user.email,
    names: { en: shown("en"), ar: shown("ar") },
    gender: user.gender ?? "",
    newsroomLocale: user.newsroomLocale ?? "",
    emailNotifications: user.emailNotifications,
  };
}

/**
 * Sets how the newsroom names a member (a display name per language and the
 * grammatical gender messages agree with) and, on their own profile, the
 * language and sending of their emails. A member changes their own; an admin
 * also anyone's names and gender, which the audit log records.
 */
export async function updateMemberProfile(
  actor: NewsroomUser | null,
  memberId: string,
  values: ProfileValues,
): Promise<ProfileResult> {
  const own = actor?.id === memberId;
  if (!actor || !(own ? can(actor, { type: "newsroom.enter" }) : can(actor, { type: "users.manage" }))) {
    return { ok: false, kind: "forbidden" };
  }
  const errors = displayNameErrors(values.names);
  if (Object.keys(errors).length > 0) return { ok: false, kind: "invalid", errors };
  const names = Object.fromEntries(
    routing.locales.map((locale) => [locale, displayName.parse(values.names[locale])]),
  ) as Record<Locale, string>;
  return db().$transaction(async (tx): Promise<ProfileResult> => {
    const member = await tx.user.findUnique({ where: { id: memberId }, select: { email: true } });
    if (!member) return { ok: false, kind: "not-found" };
    for (const locale of routing.locales) {
      const key = { userId_locale: { userId: memberId, locale } };
      if (names[locale]) {
        await tx.userDisplayName.upsert({
          where: key,
          create: { userId: memberId, locale, name: names[locale] },
          update: { name: names[locale] },
        });
      } else {
        await tx.userDisplayName.deleteMany({ where: { userId: memberId, locale } });
      }
    }
    await tx.user.update({
      where: { id: memberId },
      data: {
        gender: values.gender || null,
        // Where their emails go and in which language is the member's own choice.
        ...(own
          ? { newsroomLocale: values.newsroomLocale || null, emailNotifications: values.emailNotifications }
          : {}),
      },
    });
    if (!own) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.profile",
        subject: `user:${member.email}`,
        details: { displayNames: names, gender: values.gender || null },
      });
    }
    return { ok: true };
  });
}
