import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { passwordCheck } from "@/lib/auth/password-check";
import { attemptSignIn, type SignInAttempt, type SignInOutcome } from "@/lib/auth/sign-in-attempt";
import { BACKOFF_CAP_SECONDS, countAttempt } from "@/lib/auth/sign-in-throttle";
import { throttleKeys, unlockAccount } from "@/lib/auth/throttle-keys";
import { createMember } from "@/tests/setup/newsroom-member";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";
import { resetDatabase } from "@/tests/setup/reset-database";

// Sign-in throttling against the real database and better-auth's real
// password check. createMember's password is "long-enough-1".

const RIGHT = "long-enough-1";
const EMAIL = "owner@example.com";
let prisma: PrismaClient;
let checked: number;

// better-auth's own check, counting how many attempts reached it.
const countingCheck = () => {
  const real = passwordCheck(new Headers());
  return async (email: string, password: string) => {
    checked++;
    return real(email, password);
  };
};

function attempt(overrides: Partial<SignInAttempt> = {}): Promise<SignInOutcome> {
  return attemptSignIn(
    {
      email: EMAIL,
      password: "wrong-password",
      address: "198.51.100.7",
      deviceToken: undefined,
      ...overrides,
    },
    countingCheck(),
  );
}

async function throttleRow(key: string) {
  return prisma.signInThrottle.findUnique({ where: { key } });
}

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  process.env.BETTER_AUTH_SECRET ??= "test-secret-for-sign-in-throttle-0123456789";
  prisma = await createTestClient();
});

beforeEach(async () => {
  await resetDatabase(prisma);
  await createMember(prisma, "ADMIN", EMAIL);
  checked = 0;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("sign-in throttle", () => {
  it("checks exactly 5 of 30 concurrent wrong passwords on one account and address", async () => {
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => attempt()));
    expect(checked).toBe(5);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.kind === "invalid")).toHaveLength(5);
    const refused = outcomes.filter((outcome) => !outcome.ok && outcome.kind === "throttled");
    expect(refused).toHaveLength(25);
    for (const outcome of refused) expect(outcome).toMatchObject({ retryAfter: expect.any(Number) });
    // Refused attempts are not counted anywhere.
    expect((await throttleRow(throttleKeys.address("198.51.100.7")))?.failures).toBe(5);
    expect((await throttleRow(throttleKeys.account(EMAIL)))?.failures).toBe(5);
  });

  it("lets the right password in from another address after 5 wrong ones", async () => {
    for (let i = 0; i < 5; i++) expect(await attempt()).toEqual({ ok: false, kind: "invalid" });
    expect(await attempt({ password: RIGHT })).toMatchObject({ ok: false, kind: "throttled" });
    const elsewhere = await attempt({ password: RIGHT, address: "203.0.113.9" });
    expect(elsewhere).toMatchObject({ ok: true, deviceToken: expect.any(String) });
    expect(await prisma.session.count()).toBe(1);
    // The success clears its own pair and takes back its count on the shared keys.
    expect(await throttleRow(throttleKeys.pair(EMAIL, "203.0.113.9"))).toBeNull();
    expect((await throttleRow(throttleKeys.account(EMAIL)))?.failures).toBe(5);
  });

  it("records a failure that reaches the limit in the audit log, without the address", async () => {
    for (let i = 0; i < 4; i++) await attempt();
    expect(await prisma.auditEntry.count()).toBe(0);
    await attempt();
    const entries = await prisma.auditEntry.findMany();
    expect(entries).toMatchObject([
      {
        actorId: null,
        action: "signin.throttled",
        subject: `account:${EMAIL}`,
        details: { failures: 5, limits: ["pair"] },
      },
    ]);
    expect(JSON.stringify(entries)).not.toContain("198.51.100.7");
    // A refused attempt is not a failure: nothing more is written while the key waits.
    await attempt();
    expect(await prisma.auditEntry.count()).toBe(1);
  });

  it("lets a browser that signed in before in, even when the address and account are over their limits", async () => {
    const first = await attempt({ password: RIGHT });
    if (!first.ok) throw new Error("first sign-in failed");
    const blocked = { failures: 10_000, blockedUntil: new Date(Date.now() + 600_000) };
    for (const key of [throttleKeys.address("198.51.100.7"), throttleKeys.account(EMAIL)]) {
      await prisma.signInThrottle.upsert({ where: { key }, create: { key, ...blocked }, update: blocked });
    }
    expect(await attempt({ password: RIGHT })).toMatchObject({ ok: false, kind: "throttled" });
    // The attacker's failures do not touch the known browser's own key...
    const known = { deviceToken: first.deviceToken };
    expect(await attempt(known)).toEqual({ ok: false, kind: "invalid" });
    expect((await throttleRow(throttleKeys.account(EMAIL)))?.failures).toBe(10_000);
    expect(await attempt({ ...known, password: RIGHT })).toMatchObject({ ok: true });
    // ...and the cookie is worth nothing for another account.
    await createMember(prisma, "EDITOR", "other@example.com");
    expect(await attempt({ ...known, email: "other@example.com", password: RIGHT })).toMatchObject({
      ok: false,
      kind: "throttled",
    });
  });

  it("backs off 1 s, 2 s, 4 s … after the free attempts, up to 15 minutes", async () => {
    const rule = { key: "test backoff", free: 2 };
    const waits: number[] = [];
    const blockSeconds = async () => {
      const row = (await throttleRow(rule.key))!;
      return Math.round((row.blockedUntil.getTime() - row.updatedAt.getTime()) / 1000);
    };
    for (let i = 0; i < 5; i++) {
      expect(await countAttempt(rule)).toEqual({ allowed: true });
      waits.push(Math.max(0, await blockSeconds()));
      if (waits.at(-1)! > 0) {
        expect(await countAttempt(rule)).toMatchObject({ allowed: false });
        await prisma.signInThrottle.update({ where: { key: rule.key }, data: { blockedUntil: new Date(0) } });
      }
    }
    expect(waits).toEqual([0, 1, 2, 4, 8]);
    await prisma.signInThrottle.update({ where: { key: rule.key }, data: { failures: 60 } });
    await countAttempt(rule);
    expect(await blockSeconds()).toBe(BACKOFF_CAP_SECONDS);
    const refused = await countAttempt(rule);
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.allowed || refused.retryAfter).toBeGreaterThan(BACKOFF_CAP_SECONDS - 5);
  });

  it("refuses a disabled member like a wrong password, and counts it", async () => {
    await prisma.user.update({ where: { email: EMAIL }, data: { disabledAt: new Date() } });
    expect(await attempt({ password: RIGHT })).toEqual({ ok: false, kind: "invalid" });
    expect(await prisma.session.count()).toBe(0);
    expect((await throttleRow(throttleKeys.pair(EMAIL, "198.51.100.7")))?.failures).toBe(1);
  });

  it("user:unlock clears one account's rows on every address and browser, and nobody else's", async () => {
    for (const address of ["198.51.100.7", "203.0.113.9"]) await attempt({ address });
    await attempt({ email: "owner@example.co" });
    expect(await unlockAccount(prisma, " Owner@Example.com ")).toBe(3);
    const left = (await prisma.signInThrottle.findMany()).map((row) => row.key).sort();
    expect(left).toEqual([
      throttleKeys.account("owner@example.co"),
      throttleKeys.address("198.51.100.7"),
      throttleKeys.address("203.0.113.9"),
      throttleKeys.pair("owner@example.co", "198.51.100.7"),
    ]);
  });
});
