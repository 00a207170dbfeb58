import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Locale } from "next-intl";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { countAttempt } from "@/lib/auth/sign-in-throttle";
import { throttleKeys } from "@/lib/auth/throttle-keys";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { routing } from "@/i18n/routing";
import { memberName, type MessageGender } from "@/lib/newsroom/people/member-name";

/** How long a mailed link works. Short: it is a way in for whoever reads the mail. */
export const SIGN_IN_LINK_MINUTES = 15;

/**
 * Link requests let through per key before the sign-in throttle's back-off
 * (1 s, 2 s … 15 min) starts: a few per account, so nobody can fill a
 * member's mailbox; more per address, which a proxy shares.
 */
export const LINK_REQUESTS = { account: 3, address: 20 } as const;

// The token is 32 random bytes; only its SHA-256 is stored, so a copy of
// the table signs nobody in. The hash need not be slow: the token is random.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
// Timestamps are stored in UTC, as Prisma writes them (see sign-in-throttle.ts).
const NOW = Prisma.sql`(clock_timestamp() AT TIME ZONE 'UTC')::timestamp(3)`;

/** A link to mail: to whom, in which language, and the token it carries. */
export interface SignInLinkMail {
  email: string;
  locale: Locale;
  name: string;
  gender: MessageGender;
  token: string;
}

/** Sends one link's mail; null when the site has no mail server (SMTP_URL unset). */
export type SignInLinkMailer = ((mail: SignInLinkMail) => Promise<void>) | null;

export type LinkRequestOutcome = "sent" | "throttled" | "unknown" | "disabled" | "no-smtp";

/** The language of a member's mail: the one they chose, else the only one they work in, else English. */
function mailLocale(member: { newsroomLocale: Locale | null; locales: Locale[] }): Locale {
  if (member.newsroomLocale) return member.newsroomLocale;
  return member.locales.length === 1 ? member.locales[0]! : routing.defaultLocale;
}

/**
 * One request for a link to `email` from `address`. The caller answers every
 * request alike, whatever this returns (the outcome is for tests): counted
 * first on both keys, known or not, so the limits say nothing about who has
 * an account; then a link only for an enabled member, and only with a mail server.
 */
export async function requestSignInLink(
  request: { email: string; address: string },
  mailer: SignInLinkMailer,
): Promise<LinkRequestOutcome> {
  if (!mailer) return "no-smtp";
  const keys = [
    { key: throttleKeys.linkAccount(request.email), free: LINK_REQUESTS.account },
    { key: throttleKeys.linkAddress(request.address), free: LINK_REQUESTS.address },
  ];
  for (const rule of keys) {
    if (!(await countAttempt(rule)).allowed) return "throttled";
  }
  const member = await db().user.findUnique({
    where: { email: request.email },
    select: {
      id: true,
      email: true,
      disabledAt: true,
      newsroomLocale: true,
      locales: true,
      name: true,
      gender: true,
      displayNames: { select: { locale: true, name: true } },
    },
  });
  if (!member) return "unknown";
  if (member.disabledAt) return "disabled";
  const token = randomBytes(32).toString("base64url");
  // A member's spent and expired links are of no further use: dropped as a new one is made.
  await db().signInLink.deleteMany({
    where: { userId: member.id, OR: [{ usedAt: { not: null } }, { expiresAt: { lt: new Date() } }] },
  });
  await db().signInLink.create({
    data: {
      tokenHash: hashOf(token),
      userId: member.id,
      expiresAt: new Date(Date.now() + SIGN_IN_LINK_MINUTES * 60_000),
    },
  });
  const locale = mailLocale(member);
  await mailer({ email: member.email, locale, ...memberName(member, locale), token });
  return "sent";
}

/**
 * Spends a link: in one statement, so that two clicks (or two processes)
 * cannot both sign in with it, and only while unused, unexpired and its
 * member enabled (a disabled member's link is refused and stays unspent,
 * which changes nothing: it expires). The audit log records the sign-in.
 * Returns the member, or null for any link that does not work.
 */
export async function spendSignInLink(token: string): Promise<{ userId: string; email: string } | null> {
  if (!TOKEN.test(token)) return null;
  return db().$transaction(async (tx) => {
    const [spent] = await tx.$queryRaw<{ userId: string; email: string }[]>`
      UPDATE "SignInLink" AS link SET "usedAt" = ${NOW}
      FROM "User" AS member
      WHERE link."tokenHash" = ${hashOf(token)} AND link."usedAt" IS NULL AND link."expiresAt" > ${NOW}
        AND member."id" = link."userId" AND member."disabledAt" IS NULL
      RETURNING link."userId", member."email"`;
    if (!spent) return null;
    await recordAudit(tx, { actorId: spent.userId, action: "signin.link", subject: `user:${spent.email}` });
    return spent;
  });
}
