import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Empties every table of the test database except the migrations record, so
 * each integration test starts from nothing. The list comes from the catalog,
 * not from a hand-kept list, so a table added by a new migration is never left
 * holding rows from an earlier test.
 */
export async function resetDatabase(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_catalog.pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const names = tables.map(({ tablename }) => `"${tablename.replaceAll('"', '""')}"`).join(", ");
  await prisma.$executeRawUnsafe(`TRUNCATE ${names} RESTART IDENTITY CASCADE`);
}
