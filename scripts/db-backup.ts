// `npm run db:backup [-- --file backups/x.dump]`: dumps the whole database
// (embedded server or DATABASE_URL), media included, with a manifest beside it.
import { parseArgs } from "node:util";
import { backupDatabase, defaultBackupFile } from "@/scripts/db/backup";
import { manifestPathFor } from "@/scripts/db/backup-manifest";
import { ensureDatabase } from "@/scripts/db/embedded-postgres";
import { tableProgressBar } from "@/scripts/db/table-progress-bar";

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { file: { type: "string" } } });
  const database = await ensureDatabase();
  const bar = tableProgressBar("Backing up");
  try {
    const backup = await backupDatabase({
      url: database.url,
      file: values.file ?? defaultBackupFile(),
      progress: bar,
    });
    bar.stop();
    const rows = Object.values(backup.rowCounts).reduce((sum, n) => sum + n, 0);
    console.log(`Backup written: ${backup.file} (${size(backup.bytes)}, ${rows} rows)`);
    console.log(`Manifest: ${manifestPathFor(backup.file)}`);
  } finally {
    bar.stop();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
