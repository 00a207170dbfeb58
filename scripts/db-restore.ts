// `npm run db:restore -- <file> [--force]`: restores a backup made by
// `npm run db:backup` into the embedded server or DATABASE_URL.
import { parseArgs } from "node:util";
import { ensureDatabase } from "@/scripts/db/embedded-postgres";
import { restoreDatabase } from "@/scripts/db/restore";
import { tableProgressBar } from "@/scripts/db/table-progress-bar";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { force: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    throw new Error("Usage: npm run db:restore -- <backup file> [--force]");
  }
  const database = await ensureDatabase();
  const bar = tableProgressBar("Restoring");
  try {
    const result = await restoreDatabase({ url: database.url, file, force: values.force, progress: bar });
    bar.stop();
    console.log(`Restored ${result.tables} tables, ${result.rows} rows from ${file}.`);
    console.log(
      result.verified
        ? "Every table's row count matches the backup's manifest."
        : "No manifest beside the file: row counts were not checked.",
    );
  } finally {
    bar.stop();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
