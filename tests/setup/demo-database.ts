import { afterAll, beforeAll, beforeEach } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoContent } from "@/prisma/seed";
import { resetDatabase } from "@/tests/setup/reset-database";
import { dropDemoSnapshot, restoreDemoSnapshot, takeDemoSnapshot } from "@/tests/setup/demo-snapshot";
import { createTestClient, testDatabaseUrl } from "@/tests/setup/test-database";

/**
 * For an integration file whose tests each start from the demo content: the
 * app's own queries and `connected` get the test database (lib/db/client
 * reads DATABASE_URL lazily), which is emptied and seeded before every test
 * (the first through the seed itself, the others from a copy of its rows:
 * tests/setup/demo-snapshot.ts). A `beforeEach` the file registers after
 * this call runs after the seed.
 */
export function seedDemoDatabaseForEachTest(connected: (prisma: PrismaClient) => void): void {
  let prisma: PrismaClient | undefined;
  let restore: string | undefined;
  beforeAll(async () => {
    process.env.DATABASE_URL = testDatabaseUrl();
    prisma = await createTestClient();
    connected(prisma);
  });
  beforeEach(async () => {
    if (restore) {
      await restoreDemoSnapshot(testDatabaseUrl(), restore);
      return;
    }
    await resetDatabase(prisma!);
    await seedDemoContent(prisma!);
    restore = await takeDemoSnapshot(testDatabaseUrl());
  });
  afterAll(async () => {
    if (restore) await dropDemoSnapshot(testDatabaseUrl());
    await prisma?.$disconnect();
  });
}
