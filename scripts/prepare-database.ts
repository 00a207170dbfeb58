import { PrismaPg } from "@prisma/adapter-pg";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { ensureDatabase } from "@/scripts/db/embedded-postgres";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoAccounts } from "@/prisma/demo-accounts";
import { seedIfEmpty } from "@/prisma/seed";
import { installJobQueue } from "@/scripts/server/job-queue";

/**
 * Starts (or connects to) the database, applies pending migrations and
 * seeds an empty one (demo stories; demo newsroom accounts only when asked);
 * sets DATABASE_URL and the session secret for the rest of the process.
 */
export async function prepareDatabase(
  opts: { seed?: boolean; demoAccounts?: boolean } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const database = await ensureDatabase();
  process.env.DATABASE_URL = database.url;
  const applied = await applyMigrations(database.url);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
  // Scheduling writes jobs in the same transaction as its rows, so the
  // queue's schema must exist before the site serves.
  await installJobQueue(database.url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    await ensureAuthSecret(prisma);
    if (opts.seed !== false) {
      const seeded = await seedIfEmpty(prisma);
      if (seeded > 0) console.log(`Seeded ${seeded} demo stories`);
    }
    if (opts.demoAccounts) {
      const accounts = await seedDemoAccounts(prisma);
      if (accounts > 0) console.log(`Created ${accounts} demo newsroom accounts (see docs/newsroom.md)`);
    }
  } finally {
    await prisma.$disconnect();
  }
  return database;
}
