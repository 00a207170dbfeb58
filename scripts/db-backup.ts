// `npm run db:backup [-- --file backups/x.dump]`: dumps the whole database
// (embedded server or DATABASE_URL), media included, with a manifest beside it.
import { parseArgs } from "node:util";
import { backupDatabase, defaultBackupFile } from "@/scripts/db/backup";
import { manifestPathFor } from "@/scripts/db/backup-manifest";
import { runTableCommand } from "@/scripts/db/table-progress-bar";

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const { values } = parseArgs({ options: { file: { type: "string" } } });

runTableCommand("Backing up", async (url, bar) => {
  const backup = await backupDatabase({ url, file: values.file ?? defaultBackupFile(), progress: bar });
  bar.stop();
  const rows = Object.values(backup.rowCounts).reduce((sum, n) => sum + n, 0);
  console.log(`Backup written: ${backup.file} (${size(backup.bytes)}, ${rows} rows)`);
  console.log(`Manifest: ${manifestPathFor(backup.file)}`);
});
