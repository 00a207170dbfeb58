import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  LINK_REQUESTS,
  requestSignInLink,
  spendSignInLink,
  type SignInLinkMail,
  type SignInLinkMailer,
} from "@/lib/auth/sign-in-link";
import { composeSignInLinkEmail } from "@/lib/auth/sign-in-link-email";
import { auth } from "@/lib/auth/auth";
import { setUserDisabled } from "@/lib/newsroom/people/users";
import { createMember } from "@/tests/setup/newsroom-member";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";
import { resetDatabase } from "@/tests/setup/reset-database";

// Issue 25, item 6: the owner's way back when failures spread over many
// addresses hold the sign-in form back. Real database, real better-auth
// session; only the mail server is replaced by a list of what was sent.

const OWNER = "owner@example.com";
let prisma: PrismaClient;
let sent: SignInLinkMail[];
const mailer: SignInLinkMailer = async (mail) => {
  sent.push(mail);
};
let address = 0;
// A fresh client address per request, so that only the limit under test counts.
const ask = (email: string, from = `198.51.100.${++address % 250}`) =>
  requestSignInLink({ email, address: from }, mailer);

async function linkToken(): Promise<string> {
  expect(await ask(OWNER)).toBe("sent");
  return sent.at(-1)!.token;
}

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  process.env.BETTER_AUTH_SECRET ??= "test-secret-for-sign-in-link-0123456789";
  prisma = await createTestClient();
});

beforeEach(async () => {
  await resetDatabase(prisma);
  await createMember(prisma, "EDITOR", OWNER);
  sent = [];
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("emailed sign-in links", () => {
  it("works once: the first use signs in, the second is refused", async () => {
    const token = await linkToken();
    const member = await prisma.user.findUniqueOrThrow({ where: { email: OWNER } });
    expect(await spendSignInLink(token)).toEqual({ userId: member.id, email: OWNER });
    expect(await spendSignInLink(token)).toBeNull();
    expect(await prisma.auditEntry.findMany({ select: { action: true, actorId: true } })).toEqual([
      { action: "signin.link", actorId: member.id },
    ]);
  });

  it("is spent once when two uses race", async () => {
    const token = await linkToken();
    const outcomes = await Promise.all([
      spendSignInLink(token),
      spendSignInLink(token),
      spendSignInLink(token),
    ]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
  });

  it("starts a real session through better-auth, once", async () => {
    const token = await linkToken();
    const signedIn = await auth().api.signInWithLink({ body: { token }, headers: new Headers() });
    expect(signedIn.email).toBe(OWNER);
    expect(await prisma.session.count()).toBe(1);
    await expect(auth().api.signInWithLink({ body: { token }, headers: new Headers() })).rejects.toThrow();
    expect(await prisma.session.count()).toBe(1);
  });

  it("expires", async () => {
    const token = await linkToken();
    await prisma.signInLink.updateMany({ data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await spendSignInLink(token)).toBeNull();
  });

  it("is refused for a disabled member, even one mailed before being disabled", async () => {
    const token = await linkToken();
    const admin = await createMember(prisma, "ADMIN", "chief@example.com");
    const member = await prisma.user.findUniqueOrThrow({ where: { email: OWNER } });
    expect(await setUserDisabled(admin, { userId: member.id, disabled: true, confirmed: true })).toEqual({
      ok: true,
    });
    expect(await spendSignInLink(token)).toBeNull();
    expect(await prisma.session.count()).toBe(0);
    // And a disabled member is mailed no new link.
    expect(await ask(OWNER)).toBe("disabled");
    expect(sent).toHaveLength(1);
  });

  it("refuses a made-up or malformed token", async () => {
    await linkToken();
    expect(await spendSignInLink("A".repeat(43))).toBeNull();
    expect(await spendSignInLink("' OR 1=1 --")).toBeNull();
  });

  it("keeps only the token's hash", async () => {
    const token = await linkToken();
    const [row] = await prisma.signInLink.findMany();
    expect(row!.tokenHash).not.toContain(token);
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("mails nothing for an unknown address, and counts it like any other", async () => {
    expect(await ask("nobody@example.com")).toBe("unknown");
    expect(sent).toEqual([]);
    expect(await prisma.signInLink.count()).toBe(0);
    // The per-account limit holds for unknown addresses too: it tells nobody which ones exist.
    for (let i = 1; i < LINK_REQUESTS.account; i++) await ask("nobody@example.com");
    expect(await ask("nobody@example.com")).toBe("throttled");
  });

  it("limits requests per address asked for and per client address", async () => {
    for (let i = 0; i < LINK_REQUESTS.account; i++) expect(await ask(OWNER)).toBe("sent");
    expect(await ask(OWNER)).toBe("throttled");
    expect(sent).toHaveLength(LINK_REQUESTS.account);
    for (let i = 0; i < LINK_REQUESTS.address; i++) await ask(`someone${i}@example.com`, "203.0.113.9");
    expect(await ask("someone-else@example.com", "203.0.113.9")).toBe("throttled");
  });

  it("offers nothing without a mail server", async () => {
    expect(await requestSignInLink({ email: OWNER, address: "198.51.100.1" }, null)).toBe("no-smtp");
    expect(await prisma.signInLink.count()).toBe(0);
  });

  it("mails the link in the member's language, addressed as the member is addressed", async () => {
    await prisma.user.update({
      where: { email: OWNER },
      data: {
        newsroomLocale: "ar",
        gender: "FEMININE",
        displayNames: { create: { locale: "ar", name: "ريم" } },
      },
    });
    const token = await linkToken();
    const mail = sent.at(-1)!;
    expect(mail).toMatchObject({ locale: "ar", name: "ريم", gender: "female" });
    const email = composeSignInLinkEmail(mail, "https://news.example");
    expect(email.subject).toBe("رابط دخولك إلى غرفة الأخبار");
    expect(email.text).toContain("طلبتِ رابطًا");
    expect(email.text).toContain(`https://news.example/ar/newsroom/sign-in/link?token=${token}`);
    expect(email.html).toContain('<html lang="ar" dir="rtl">');
  });
});
