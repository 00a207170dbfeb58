import { PrismaPg } from "@prisma/adapter-pg";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { ensureDatabase } from "@/lib/db/embedded-postgres";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedIfEmpty } from "@/prisma/seed";

/**
 * Starts (or connects to) the database, applies pending migrations and
 * seeds an empty one; sets DATABASE_URL for the rest of the process.
 */
export async function prepareDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const database = await ensureDatabase();
  process.env.DATABASE_URL = database.url;
  const applied = await applyMigrations(database.url);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    const seeded = await seedIfEmpty(prisma);
    if (seeded > 0) console.log(`Seeded ${seeded} demo stories`);
  } finally {
    await prisma.$disconnect();
  }
  return database;
}
