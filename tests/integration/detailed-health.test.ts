import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { detailedHealth } from "@/lib/health/detailed-health";
import { freePort } from "@/scripts/db/free-port";
import { installJobQueue } from "@/scripts/server/job-queue";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";

let prisma: PrismaClient;

beforeAll(async () => {
  process.env.DATABASE_URL = testDatabaseUrl();
  prisma = await createTestClient();
  await installJobQueue(testDatabaseUrl());
});

beforeEach(async () => {
  delete process.env.REDIS_URL;
  await prisma.$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
  await prisma.cachePurgeFailure.deleteMany();
});

afterAll(async () => {
  delete process.env.REDIS_URL;
  await prisma.$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
  await prisma.cachePurgeFailure.deleteMany();
  await prisma.$disconnect();
});

describe("the detailed health", () => {
  it("reports the database, no Redis without REDIS_URL, an idle queue and no purge failures", async () => {
    const health = await detailedHealth();
    expect(health).toMatchObject({
      ok: true,
      database: { ok: true },
      redis: null,
      queue: { ok: true, runnableJobs: 0, oldestRunnableAgeSeconds: 0 },
      purgeFailures: { lastHour: 0, latestAt: null },
    });
    expect(health.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("gives the queue's lag as the age of the oldest due job no worker has taken", async () => {
    await prisma.$executeRaw`SELECT graphile_worker.add_job('notification-email', '{}'::json, run_at := now() - interval '5 minutes')`;
    await prisma.$executeRaw`SELECT graphile_worker.add_job('notification-email', '{}'::json, run_at := now() - interval '1 minute')`;
    // Not due yet: no lag.
    await prisma.$executeRaw`SELECT graphile_worker.add_job('notification-email', '{}'::json, run_at := now() + interval '1 hour')`;
    const { queue } = await detailedHealth();
    expect(queue.runnableJobs).toBe(2);
    expect(queue.oldestRunnableAgeSeconds).toBeGreaterThanOrEqual(300);
    expect(queue.oldestRunnableAgeSeconds).toBeLessThan(3600);
  });

  it("counts the last hour's purge failures and gives the latest", async () => {
    const latest = new Date(Date.now() - 60_000);
    await prisma.cachePurgeFailure.createMany({
      data: [
        {
          proxyUrl: "http://proxy/",
          keys: "a",
          error: "refused",
          createdAt: new Date(Date.now() - 2 * 3600_000),
        },
        {
          proxyUrl: "http://proxy/",
          keys: "b",
          error: "refused",
          createdAt: new Date(Date.now() - 10 * 60_000),
        },
        { proxyUrl: "http://proxy/", keys: "c", error: "refused", createdAt: latest },
      ],
    });
    const { purgeFailures } = await detailedHealth();
    expect(purgeFailures).toEqual({ lastHour: 2, latestAt: latest.toISOString() });
  });

  it("says Redis is not ok, and the whole not ok, when REDIS_URL answers nothing", async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${await freePort()}`;
    const health = await detailedHealth();
    expect(health.redis).toEqual({ ok: false, latencyMs: null });
    expect(health.ok).toBe(false);
  });
});
