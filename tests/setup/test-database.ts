import { PrismaPg } from "@prisma/adapter-pg";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function testDatabaseUrl(): string {
  return inject("databaseUrl");
}

export function testAdminUrl(): string {
  return inject("adminUrl");
}

export async function createTestClient(url = testDatabaseUrl()): Promise<PrismaClient> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  await client.$connect();
  return client;
}
