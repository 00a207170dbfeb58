import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { MIGRATIONS_DIR } from "@/scripts/db/schema-engine";

// A restore replaces the whole database, so the dump must be this
// application's: a manifest proves a file is whole, not whose it is (another
// database's dump with its own manifest once replaced the news with one
// table). Checked twice: from the archive's table of contents before
// anything is touched, and from the restored migrations table before the
// old data is dropped.

const MIGRATIONS_TABLE = "_prisma_migrations";

async function migrationNames(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The tables the first migration made: every version of this application has them. */
async function foundingTables(): Promise<string[]> {
  const [first] = await migrationNames();
  const sql = await readFile(path.join(MIGRATIONS_DIR, first!, "migration.sql"), "utf8");
  return [...sql.matchAll(/^CREATE TABLE "(\w+)"/gm)].map((match) => match[1]!);
}

/** Refuses, before any change, an archive whose table of contents lacks this application's tables. */
export async function checkArchiveTables(file: string, archiveList: string): Promise<void> {
  const tables = new Set(
    archiveList
      .split("\n")
      .map((line) => /^\d+; \d+ \d+ TABLE public (\S+) /.exec(line)?.[1])
      .filter((name): name is string => name !== undefined),
  );
  const missing = [MIGRATIONS_TABLE, ...(await foundingTables())].filter((table) => !tables.has(table));
  if (missing.length > 0) {
    throw new Error(
      `${file} is not this application's database: it lacks ${missing.join(", ")}. ` +
        `Not even --force restores it. Nothing was changed.`,
    );
  }
}

/** Refuses a restored database whose migrations this application does not know (another or a newer one). */
export async function checkRestoredMigrations(client: pg.Client): Promise<void> {
  const known = new Set(await migrationNames());
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM public."${MIGRATIONS_TABLE}" WHERE finished_at IS NOT NULL`,
  );
  const unknown = rows.map((row) => row.name).filter((name) => !known.has(name));
  if (rows.length === 0 || unknown.length > 0) {
    throw new Error(
      rows.length === 0
        ? `The backup's migrations table is empty: it is not this application's database.`
        : `The backup has migrations this application does not know (${unknown.slice(0, 3).join(", ")}): ` +
            `it is not this application's database, or it comes from a newer version of it.`,
    );
  }
}
