import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR, NO_FILTERS, SCHEMA_PATH, withSchemaEngine } from "@/scripts/db/schema-engine";

const LOCKFILE = "migration_lock.toml";

async function loadMigrationList() {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: LOCKFILE,
      content: await readFile(path.join(MIGRATIONS_DIR, LOCKFILE), "utf8").catch(() => null),
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      directories.map(async (dir) => ({
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: {
            tag: "ok" as const,
            value: await readFile(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"),
          },
        },
      })),
    ),
  };
}

/**
 * Applies pending migrations from prisma/migrations and records them in
 * `_prisma_migrations`, as `prisma migrate deploy` does. Returns the names applied.
 */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const migrationsList = await loadMigrationList();
  return withSchemaEngine(databaseUrl, await readFile(SCHEMA_PATH, "utf8"), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}
