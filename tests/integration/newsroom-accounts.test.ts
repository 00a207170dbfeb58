import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { createNewsroomUser } from "@/lib/newsroom/create-user";
import { consumeRateLimit } from "@/lib/rate-limit";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";

let prisma: PrismaClient;

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  prisma = await createTestClient();
});

beforeEach(async () => {
  await prisma.$executeRawUnsafe('TRUNCATE "User", "AuditEntry", "RateLimitBucket", "SiteSetting" CASCADE');
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
