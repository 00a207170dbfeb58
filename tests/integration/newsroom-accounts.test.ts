import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { auth } from "@/lib/auth/auth";
import { sessionUser } from "@/lib/auth/current-user";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { createNewsroomUser } from "@/lib/newsroom/people/create-user";
import { setUserDisabled } from "@/lib/newsroom/people/users";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { createMember } from "@/tests/setup/newsroom-member";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";
import { resetDatabase } from "@/tests/setup/reset-database";

let prisma: PrismaClient;

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  prisma = await createTestClient();
});

beforeEach(async () => {
  await resetDatabase(prisma);
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("newsroom accounts", () => {
  it("stores the library's password hash, never the password", async () => {
    const { id } = await createNewsroomUser(prisma, {
      email: "Nour@Example.com",
      name: "Nour",
      password: "a-long-password",
      role: "TRANSLATOR",
      locales: ["ar"],
    });
    const user = await prisma.user.findUniqueOrThrow({ where: { id }, include: { accounts: true } });
    expect(user.email).toBe("nour@example.com");
    expect(user.locales).toEqual(["ar"]);
    const hash = user.accounts[0]!.password!;
    expect(hash).not.toContain("a-long-password");
    expect(await verifyPassword({ hash, password: "a-long-password" })).toBe(true);
    expect(await verifyPassword({ hash, password: "another-password" })).toBe(false);
  });

  it("refuses a short password, a bad email, an unknown role and a second account for one email", async () => {
    const base = { email: "a@example.com", name: "A", password: "long-enough-1", role: "EDITOR" as const };
    await expect(createNewsroomUser(prisma, { ...base, password: "short" })).rejects.toThrow();
    await expect(createNewsroomUser(prisma, { ...base, email: "not-an-email" })).rejects.toThrow();
    await expect(createNewsroomUser(prisma, { ...base, role: "OWNER" as "EDITOR" })).rejects.toThrow();
    await createNewsroomUser(prisma, base);
    await expect(createNewsroomUser(prisma, base)).rejects.toThrow();
  });

  it("generates one session secret and keeps it", async () => {
    delete process.env.BETTER_AUTH_SECRET;
    await ensureAuthSecret(prisma);
    const first = process.env.BETTER_AUTH_SECRET;
    delete process.env.BETTER_AUTH_SECRET;
    await ensureAuthSecret(prisma);
    expect(first).toMatch(/^[\w-]{40,}$/);
    expect(process.env.BETTER_AUTH_SECRET).toBe(first);
  });
});

describe("rate limits in PostgreSQL", () => {
  it("lets exactly the limit through, even when the attempts arrive at once", async () => {
    const decisions = await Promise.all(
      Array.from({ length: 20 }, () => consumeRateLimit("test:burst", 5, 60)),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
    expect(decisions.find((decision) => !decision.allowed)?.retryAfter).toBeGreaterThan(0);
  });

  it("opens again once the window has passed", async () => {
    await consumeRateLimit("test:window", 1, 60);
    expect((await consumeRateLimit("test:window", 1, 60)).allowed).toBe(false);
    await prisma.rateLimitBucket.update({
      where: { key: "test:window" },
      data: { windowStart: new Date(Date.now() - 61_000) },
    });
    expect((await consumeRateLimit("test:window", 1, 60)).allowed).toBe(true);
  });
});

describe("audit log", () => {
  it("records who did what to what", async () => {
    const { id } = await createNewsroomUser(prisma, {
      email: "ed@example.com",
      name: "Ed",
      password: "long-enough-1",
      role: "EDITOR",
    });
    await recordAudit(prisma, { actorId: id, action: "translation.publish", subject: "story:1/ar" });
    const [entry] = await prisma.auditEntry.findMany();
    expect(entry).toMatchObject({ actorId: id, action: "translation.publish", subject: "story:1/ar" });
  });
});

describe("disabling a member", () => {
  // A real better-auth session, as a browser would carry it.
  async function sessionCookie(email: string): Promise<Headers> {
    const { headers } = await auth().api.signInEmail({
      body: { email, password: "long-enough-1" },
      headers: new Headers(),
      returnHeaders: true,
    });
    const cookie = headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ");
    return new Headers({ cookie });
  }

  beforeEach(() => {
    process.env.BETTER_AUTH_SECRET ??= "test-secret-for-disabling-members-0123456789";
  });

  it("ends the member's sessions at once, audited, and re-enabling lets them sign in again", async () => {
    const admin = await createMember(prisma, "ADMIN", "chief@example.com");
    const translator = await createMember(prisma, "TRANSLATOR", "lina@example.com", ["ar"]);
    const browser = await sessionCookie(translator.email);
    expect(await sessionUser(browser)).toMatchObject({ id: translator.id });

    expect(await setUserDisabled(admin, { userId: translator.id, disabled: true, confirmed: true })).toEqual({
      ok: true,
    });
    expect(await sessionUser(browser)).toBeNull();
    expect(await prisma.session.count({ where: { userId: translator.id } })).toBe(0);
    await expect(sessionCookie(translator.email)).rejects.toThrow();
    const [entry] = await prisma.auditEntry.findMany();
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: "user.disable",
      subject: "user:lina@example.com",
      details: { sessionsEnded: 1 },
    });

    expect(
      await setUserDisabled(admin, { userId: translator.id, disabled: false, confirmed: false }),
    ).toEqual({
      ok: true,
    });
    expect(await sessionUser(await sessionCookie(translator.email))).toMatchObject({ id: translator.id });
    expect(await prisma.auditEntry.count({ where: { action: "user.enable" } })).toBe(1);
  });

  it("treats a disabled member as signed out even with a live session", async () => {
    const editor = await createMember(prisma, "EDITOR", "ed@example.com");
    const browser = await sessionCookie(editor.email);
    await prisma.user.update({ where: { id: editor.id }, data: { disabledAt: new Date() } });
    expect(await prisma.session.count()).toBe(1);
    expect(await sessionUser(browser)).toBeNull();
  });

  it("needs the confirmation, refuses disabling oneself and is for admins only, changing nothing", async () => {
    const admin = await createMember(prisma, "ADMIN", "chief@example.com");
    const editor = await createMember(prisma, "EDITOR", "ed@example.com");
    const translator = await createMember(prisma, "TRANSLATOR", "lina@example.com", ["ar"]);
    const target = { userId: translator.id, disabled: true, confirmed: true };
    expect(await setUserDisabled(admin, { ...target, confirmed: false })).toEqual({
      ok: false,
      kind: "unconfirmed",
    });
    expect(await setUserDisabled(admin, { ...target, userId: admin.id })).toEqual({
      ok: false,
      kind: "self",
    });
    expect(await setUserDisabled(editor, target)).toEqual({ ok: false, kind: "forbidden" });
    expect(await setUserDisabled(translator, target)).toEqual({ ok: false, kind: "forbidden" });
    expect(await setUserDisabled(null, target)).toEqual({ ok: false, kind: "forbidden" });
    expect(await setUserDisabled(admin, { ...target, userId: "x".repeat(65) })).toEqual({
      ok: false,
      kind: "invalid",
    });
    expect(await setUserDisabled(admin, { ...target, userId: "nobody" })).toEqual({
      ok: false,
      kind: "not-found",
    });
    expect(await prisma.user.count({ where: { disabledAt: { not: null } } })).toBe(0);
    expect(await prisma.auditEntry.count()).toBe(0);
  });

  it("lets only one of two admins disabling each other at once succeed", async () => {
    const first = await createMember(prisma, "ADMIN", "a@example.com");
    const second = await createMember(prisma, "ADMIN", "b@example.com");
    const results = await Promise.all([
      setUserDisabled(first, { userId: second.id, disabled: true, confirmed: true }),
      setUserDisabled(second, { userId: first.id, disabled: true, confirmed: true }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
  });
});
