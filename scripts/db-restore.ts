// `npm run db:restore -- <file> [--force]`: restores a backup made by
// `npm run db:backup` into the embedded server or DATABASE_URL.
import { parseArgs } from "node:util";
import { restoreDatabase } from "@/scripts/db/restore";
import { runTableCommand } from "@/scripts/db/table-progress-bar";

const { values, positionals } = parseArgs({
  options: { force: { type: "boolean", default: false } },
  allowPositionals: true,
});
const file = positionals[0];

if (!file || positionals.length > 1) {
  console.error("Usage: npm run db:restore -- <backup file> [--force]");
  process.exit(1);
}

runTableCommand("Restoring", async (url, bar) => {
  const result = await restoreDatabase({ url, file, force: values.force, progress: bar });
  bar.stop();
  console.log(`Restored ${result.tables} tables, ${result.rows} rows from ${file}.`);
  console.log(
    result.verified
      ? "Every table's row count matches the backup's manifest."
      : "No manifest beside the file: row counts were not checked.",
  );
});
