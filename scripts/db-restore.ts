// `npm run db:restore -- <file> [--force] [--unverified]`: restores a backup
// made by `npm run db:backup` into the embedded server or DATABASE_URL.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { manifestPathFor } from "@/scripts/db/backup-manifest";
import { confirmByTyping } from "@/scripts/db/confirm-by-typing";
import { restoreDatabase } from "@/scripts/db/restore";
import { runTableCommand } from "@/scripts/db/table-progress-bar";

const { values, positionals } = parseArgs({
  options: {
    force: { type: "boolean", default: false },
    unverified: { type: "boolean", default: false },
  },
  allowPositionals: true,
});
const file = positionals[0];

if (!file || positionals.length > 1) {
  console.error("Usage: npm run db:restore -- <backup file> [--force] [--unverified]");
  process.exit(1);
}

runTableCommand("Restoring", async (url, bar) => {
  // Without a manifest nothing proves the file whole: the operator says so
  // twice, with the flag and by typing the name of the database it replaces.
  const unverified = values.unverified && !existsSync(manifestPathFor(file));
  if (unverified) {
    const dbname = decodeURIComponent(new URL(url).pathname.slice(1));
    const confirmed = await confirmByTyping(
      `${file} has no manifest: nothing proves it whole. Type the database's name (${dbname}) to restore it anyway: `,
      dbname,
    );
    if (!confirmed) throw new Error("Not confirmed. Nothing was changed.");
  }
  const result = await restoreDatabase({ url, file, force: values.force, unverified, progress: bar });
  bar.stop();
  console.log(`Restored ${result.tables} tables, ${result.rows} rows from ${file}.`);
  console.log(
    result.verified
      ? "Every table's row count matches the backup's manifest."
      : "No manifest beside the file: row counts were not checked.",
  );
});
