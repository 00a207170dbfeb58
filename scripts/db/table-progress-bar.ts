import { Presets, SingleBar } from "cli-progress";
import type { TableProgress } from "@/scripts/db/backup";

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
