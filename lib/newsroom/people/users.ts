import "server-only";
import type { Locale } from "next-intl";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { GrammaticalGender } from "@/lib/generated/prisma/enums";
import { createNewsroomUser, newUserSchema } from "@/lib/newsroom/people/create-user";
import { can } from "@/lib/newsroom/access/permissions";
import { ROLES, type NewsroomUser, type Role } from "@/lib/newsroom/access/roles";

export interface UserRow {
  id: string;
  /** The account name. */
  name: string;
  /** The name each newsroom shows, where one is set. */
  displayNames: Partial<Record<Locale, string>>;
  gender: GrammaticalGender | null;
  email: string;
  role: Role;
  locales: string[];
  disabled: boolean;
}

export async function listUsers(): Promise<UserRow[]> {
  const users = await db().user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }],
    include: { displayNames: true },
  });
  return users.map(({ id, name, displayNames, gender, email, role, locales, disabledAt }) => ({
    id,
    name,
    displayNames: Object.fromEntries(displayNames.map((display) => [display.locale, display.name])),
    gender,
    email,
    role,
    locales,
    disabled: disabledAt !== null,
  }));
}

const roleChange = z.object({
  userId: z.string().min(1),
  role: z.enum(ROLES),
  locales: z.array(z.enum(routing.locales)),
});

export type UserResult =
  { ok: true } | { ok: false; kind: "forbidden" | "not-found" | "invalid" | "last-admin" | "taken" };

/** Changes a member's role and languages; the last admin cannot be demoted. Audited. */
export async function changeRole(
  actor: NewsroomUser | null,
  input: z.input<typeof roleChange>,
): Promise<UserResult> {
  if (!can(actor, { type: "users.manage" })) return { ok: false, kind: "forbidden" };
  const parsed = roleChange.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid" };
  const { userId, role, locales } = parsed.data;
  return db().$transaction(async (tx): Promise<UserResult> => {
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return { ok: false, kind: "not-found" };
    if (
      user.role === "ADMIN" &&
      role !== "ADMIN" &&
      (await tx.user.count({ where: { role: "ADMIN" } })) <= 1
    ) {
      return { ok: false, kind: "last-admin" };
    }
    const nextLocales = role === "TRANSLATOR" ? locales : [];
    await tx.user.update({ where: { id: userId }, data: { role, locales: nextLocales } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "user.role",
      subject: `user:${user.email}`,
      details: { from: { role: user.role, locales: user.locales }, to: { role, locales: nextLocales } },
    });
    return { ok: true };
  });
}

/** An admin adds a newsroom member. Audited; the password is never recorded. */
export async function addUser(
  actor: NewsroomUser | null,
  input: z.input<typeof newUserSchema>,
): Promise<UserResult> {
  if (!can(actor, { type: "users.manage" })) return { ok: false, kind: "forbidden" };
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid" };
  try {
    await createNewsroomUser(db(), parsed.data);
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, kind: "taken" };
    throw error;
  }
  await recordAudit(db(), {
    actorId: actor!.id,
    action: "user.create",
    subject: `user:${parsed.data.email}`,
    details: { role: parsed.data.role, locales: parsed.data.locales },
  });
  return { ok: true };
}

const accessChange = z.object({
  userId: z.string().min(1).max(64),
  disabled: z.boolean(),
  confirmed: z.boolean(),
});

export type AccessResult =
  { ok: true } | { ok: false; kind: "forbidden" | "not-found" | "invalid" | "self" | "unconfirmed" };

/**
 * An admin disables a member (who can no longer sign in, and whose sessions
 * end in the same transaction) or re-enables one. Disabling needs an explicit
 * confirmation and never applies to oneself. Audited.
 */
export async function setUserDisabled(
  actor: NewsroomUser | null,
  input: z.input<typeof accessChange>,
): Promise<AccessResult> {
  if (!can(actor, { type: "users.disable" })) return { ok: false, kind: "forbidden" };
  const parsed = accessChange.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid" };
  const { userId, disabled, confirmed } = parsed.data;
  if (disabled && !confirmed) return { ok: false, kind: "unconfirmed" };
  if (disabled && userId === actor!.id) return { ok: false, kind: "self" };
  return db().$transaction(async (tx): Promise<AccessResult> => {
    // The admins' rows are locked as changeRole locks them, so two admins
    // disabling each other at once cannot both succeed: the second finds
    // itself disabled.
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' FOR UPDATE`;
    const self = await tx.user.findUnique({ where: { id: actor!.id }, select: { disabledAt: true } });
    if (!self || self.disabledAt) return { ok: false, kind: "forbidden" };
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return { ok: false, kind: "not-found" };
    await tx.user.update({
      where: { id: userId },
      data: { disabledAt: disabled ? (user.disabledAt ?? new Date()) : null },
    });
    // Re-enabling also starts with no session, so one created in the very
    // instant of disabling cannot come back to life.
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: disabled ? "user.disable" : "user.enable",
      subject: `user:${user.email}`,
      details: { sessionsEnded: count },
    });
    return { ok: true };
  });
}
