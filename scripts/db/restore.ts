import { execFile } from "node:child_process";
import { access, stat } from "node:fs/promises";
import { promisify } from "node:util";
import pg from "pg";
import type { TableProgress } from "@/scripts/db/backup";
import { type BackupManifest, manifestPathFor, readManifest, sha256Of } from "@/scripts/db/backup-manifest";
import { checkArchiveTables, checkRestoredMigrations } from "@/scripts/db/dump-schema-check";
import { libpqConnection } from "@/scripts/db/libpq-connection";
import { findPostgresTool } from "@/scripts/db/postgres-tool";
import { runPostgresTool } from "@/scripts/db/run-postgres-tool";
import { serverMajorVersion } from "@/scripts/db/server-version";
import { tableRowCounts } from "@/scripts/db/table-row-counts";

/** Proves the file is whole and the one the backup wrote, before anything is changed. */
async function checkAgainstManifest(file: string, manifest: BackupManifest): Promise<void> {
  const { size } = await stat(file);
  if (size !== manifest.bytes || (await sha256Of(file)) !== manifest.sha256) {
    throw new Error(`${file} does not match its manifest (damaged or incomplete copy). Nothing was changed.`);
  }
}

/** The archive's table of contents; fails on anything that is not a readable archive. */
async function archiveList(pgRestore: string, file: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(pgRestore, ["--list", file], { maxBuffer: 64 << 20 });
    return stdout;
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() ?? String(error);
    throw new Error(`${file} is not a backup this pg_restore can read: ${detail}. Nothing was changed.`);
  }
}

/** How many tables' rows the archive holds. */
function tablesInArchive(list: string): number {
  return list.split("\n").filter((line) => /^\d+; \d+ \d+ TABLE DATA /.test(line)).length;
}

function differences(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...tables]
    .filter((table) => expected[table] !== actual[table])
    .map(
      (table) =>
        `${table}: ${expected[table] ?? "absent"} in the backup, ${actual[table] ?? "absent"} restored`,
    );
}

// Schemas a restore moved aside (this one's, or one a killed restore left).
function withoutSetAside(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts).filter(([table]) => !/^\w+_before_restore_\d+\./.test(table)),
  );
}

const QUEUE = "graphile_worker";

/**
 * Restores a custom-format dump into the database at `url`. A dump without
 * its manifest is restored only when `unverified` (the command asks for a
 * confirmation first); a dump that is not this application's never is. A
 * database that holds tables is replaced only with `force`. The old `public` schema is
 * moved aside rather than dropped, and put back if the restore fails or
 * any table's row count differs from the backup's manifest: a failed
 * restore loses nothing.
 */
export async function restoreDatabase(opts: {
  url: string;
  file: string;
  force?: boolean;
  /** Restore a dump that has no manifest: nothing proves it whole. */
  unverified?: boolean;
  progress?: TableProgress;
}): Promise<{ tables: number; rows: number; verified: boolean }> {
  await access(opts.file).catch(() => {
    throw new Error(`No backup file at ${opts.file}.`);
  });
  const manifest = await readManifest(opts.file);
  if (manifest) await checkAgainstManifest(opts.file, manifest);
  else if (!opts.unverified) {
    throw new Error(
      `${opts.file} has no manifest beside it (${manifestPathFor(opts.file)}), so nothing proves it whole ` +
        `or the one a backup wrote. Run again with --unverified to restore it anyway. Nothing was changed.`,
    );
  }
  const pgRestore = await findPostgresTool("pg_restore", await serverMajorVersion(opts.url));
  const list = await archiveList(pgRestore, opts.file);
  await checkArchiveTables(opts.file, list);
  const tables = tablesInArchive(list);

  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  try {
    const existing = await tableRowCounts(client);
    const existingTables = Object.keys(existing).length;
    if (existingTables > 0 && !opts.force) {
      const rows = Object.values(existing).reduce((sum, n) => sum + n, 0);
      throw new Error(
        `The database already holds ${existingTables} tables (${rows} rows). ` +
          `Restoring replaces all of it: run again with --force to do so. Nothing was changed.`,
      );
    }
    // The job queue keeps its own schema (scripts/server/job-queue.ts), which
    // the dump recreates as well, so it is set aside with public.
    const { rows: queue } = await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [QUEUE]);
    const schemas = queue.length > 0 ? ["public", QUEUE] : ["public"];
    const stamp = Date.now();
    const aside = (schema: string) => `${schema}_before_restore_${stamp}`;
    // Extensions in public (pg_trgm, for the headline filter's index) would
    // go aside with it, and the dump's CREATE EXTENSION IF NOT EXISTS would
    // then find them there and make nothing in the new public: they move to
    // the new public first, and back if the restore is undone.
    const { rows: extensions } = await client.query<{ extname: string }>(
      `SELECT x.extname FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
       WHERE n.nspname = 'public' AND x.extrelocatable`,
    );
    const moveExtensions = (to: string) =>
      extensions.map(({ extname }) => `ALTER EXTENSION "${extname}" SET SCHEMA "${to}"`);
    // Several statements in one query run as one transaction: all or none.
    await client.query(
      [
        ...schemas.map((schema) => `ALTER SCHEMA "${schema}" RENAME TO "${aside(schema)}"`),
        "CREATE SCHEMA public",
        ...moveExtensions("public"),
      ].join("; "),
    );
    try {
      opts.progress?.start(tables);
      const { dbname, env } = libpqConnection(opts.url);
      await runPostgresTool({
        executable: pgRestore,
        args: [
          "--no-owner",
          "--no-privileges",
          "--exit-on-error",
          "--verbose",
          `--dbname=${dbname}`,
          opts.file,
        ],
        env,
        tablePattern: /processing data for table "([^"]+)"/,
        onTable: (table) => opts.progress?.table(table),
      });
      await checkRestoredMigrations(client);
      const restored = withoutSetAside(await tableRowCounts(client));
      const wrong = manifest ? differences(manifest.rowCounts, restored) : [];
      if (wrong.length > 0) throw new Error(`Row counts differ from the backup:\n${wrong.join("\n")}`);
      await client.query(schemas.map((schema) => `DROP SCHEMA "${aside(schema)}" CASCADE`).join("; "));
      const rows = Object.values(restored).reduce((sum, n) => sum + n, 0);
      return { tables: Object.keys(restored).length, rows, verified: manifest !== null };
    } catch (error) {
      await client.query(
        [
          ...moveExtensions(aside("public")),
          `DROP SCHEMA public CASCADE`,
          `DROP SCHEMA IF EXISTS "${QUEUE}" CASCADE`,
          ...schemas.map((schema) => `ALTER SCHEMA "${aside(schema)}" RENAME TO "${schema}"`),
        ].join("; "),
      );
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${message}\nThe restore was undone; the database is as it was before.`);
    }
  } finally {
    await client.end();
  }
}
