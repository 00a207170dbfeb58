import { execFile } from "node:child_process";
import { chmod, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { type BackupManifest, sha256Of, writeManifest } from "@/scripts/db/backup-manifest";
import { libpqConnection } from "@/scripts/db/libpq-connection";
import { findPostgresTool } from "@/scripts/db/postgres-tool";
import { runPostgresTool } from "@/scripts/db/run-postgres-tool";
import { serverMajorVersion } from "@/scripts/db/server-version";
import { tableRowCounts } from "@/scripts/db/table-row-counts";

export interface TableProgress {
  start: (tables: number) => void;
  table: (name: string) => void;
}

/** `backups/news-20261125T031500Z.dump`: sorts by time, no characters a shell or Windows dislikes. */
export function defaultBackupFile(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return path.join("backups", `news-${stamp}.dump`);
}

/**
 * Dumps the whole database (schema, every row, uploaded media, the
 * migrations table) in pg_dump's custom format with a pg_dump of the
 * server's own major version, and writes the manifest beside it. The dump
 * appears under its name only once complete.
 */
export async function backupDatabase(opts: {
  url: string;
  file: string;
  progress?: TableProgress;
}): Promise<BackupManifest & { file: string }> {
  const major = await serverMajorVersion(opts.url);
  const pgDump = await findPostgresTool("pg_dump", major);
  const file = path.resolve(opts.file);
  const partial = `${file}.partial`;
  // A dump holds password hashes, sessions and the sign-in secret: readable
  // by this user alone, like a folder made for it.
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });

  // pg_dump reads the snapshot this transaction exports, so the row counts
  // below describe exactly the rows in the dump even while the site writes.
  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string; version: string }>(
      "SELECT pg_export_snapshot() AS snapshot, current_setting('server_version') AS version",
    );
    const rowCounts = await tableRowCounts(client);
    opts.progress?.start(Object.keys(rowCounts).length);
    const { dbname, env } = libpqConnection(opts.url);
    await runPostgresTool({
      executable: pgDump,
      args: ["--format=custom", "--verbose", `--snapshot=${rows[0]!.snapshot}`, `--file=${partial}`, dbname],
      env,
      tablePattern: /dumping contents of table "([^"]+)"/,
      onTable: (table) => opts.progress?.table(table),
    });
    await client.query("COMMIT");
    await chmod(partial, 0o600);
    const { stdout: pgDumpVersion } = await promisify(execFile)(pgDump, ["--version"]);
    const manifest: BackupManifest = {
      createdAt: new Date().toISOString(),
      serverVersion: rows[0]!.version,
      pgDump: pgDumpVersion.trim(),
      bytes: (await stat(partial)).size,
      sha256: await sha256Of(partial),
      rowCounts,
    };
    await rename(partial, file);
    await writeManifest(file, manifest);
    return { ...manifest, file };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
