import { Presets, SingleBar } from "cli-progress";
import type { TableProgress } from "@/scripts/db/backup";
import { ensureDatabase } from "@/scripts/db/embedded-postgres";

/** A terminal bar over the tables being dumped or restored, naming the current one. */
export function tableProgressBar(verb: string): TableProgress & { stop: () => void } {
  const bar = new SingleBar(
    { format: `${verb} [{bar}] {value}/{total} tables  {table}`, hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  let done = 0;
  return {
    start: (tables) => bar.start(tables, 0, { table: "" }),
    table: (name) => bar.update(++done, { table: name }),
    stop: () => bar.stop(),
  };
}

/**
 * A backup or restore command: the configured database (the embedded server
 * started for it, or used as is), a bar over its tables, both stopped
 * however it ends; a failure prints its message and exits 1.
 */
export function runTableCommand(
  verb: string,
  command: (url: string, bar: ReturnType<typeof tableProgressBar>) => Promise<void>,
): void {
  const run = async () => {
    const database = await ensureDatabase();
    const bar = tableProgressBar(verb);
    try {
      await command(database.url, bar);
    } finally {
      bar.stop();
      await database.stop();
    }
  };
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
