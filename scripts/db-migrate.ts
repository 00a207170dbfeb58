// `npm run db:migrate`: applies pending migrations, offline, to DATABASE_URL
// or the embedded server.
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { ensureDatabase } from "@/scripts/db/embedded-postgres";

async function main(): Promise<void> {
  const database = await ensureDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
