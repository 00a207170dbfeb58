// `npm run import -- <file.jsonl> [--batch 500]`: bulk-imports stories from
// JSON Lines (one story per line, with its translations, authors and
// topics; see docs/operations.md, "Importing stories"). Bad lines are reported by number
// and skipped; a story is stored whole or not at all; stories whose key is
// already there are left alone, so a re-run adds nothing.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { Presets, SingleBar } from "cli-progress";
import { importLines } from "@/lib/import/import-lines";
import { settleImportedTables } from "@/lib/import/settle-imported-tables";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedSections } from "@/prisma/seed";
import { prepareDatabase } from "@/scripts/prepare-database";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { batch: { type: "string", default: "500" } },
});
const file = positionals[0];
const batchSize = Math.min(5_000, Math.max(1, Number(values.batch) || 500));

/** A bar on a terminal; elsewhere (CI, a pipe) a plain line every tenth of the file. */
function progress(totalBytes: number) {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { format: "Importing [{bar}] {percentage}% | {stories} stories | {refused} refused", hideCursor: true },
      Presets.shades_classic,
    );
    bar.start(totalBytes, 0, { stories: 0, refused: 0 });
    return {
      update: (bytes: number, stories: number, refused: number) => bar.update(bytes, { stories, refused }),
      stop: () => bar.stop(),
    };
  }
  let nextTenth = 1;
  return {
    update: (bytes: number, stories: number, refused: number) => {
      if (bytes < (totalBytes * nextTenth) / 10) return;
      nextTenth = Math.floor((bytes / totalBytes) * 10) + 1;
      console.error(`${Math.round((bytes / totalBytes) * 100)}%: ${stories} stories, ${refused} refused`);
    },
    stop: () => undefined,
  };
}

async function main(): Promise<void> {
  if (!file) throw new Error("Usage: npm run import -- <file.jsonl> [--batch 500]");
  const totalBytes = (await stat(file)).size;
  const database = await prepareDatabase({ seed: false });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  const started = performance.now();
  const bar = progress(totalBytes);
  try {
    if ((await prisma.section.count()) === 0) await prisma.$transaction((tx) => seedSections(tx));
    const report = await importLines(
      prisma,
      createInterface({ input: createReadStream(file), crlfDelay: Infinity }),
      {
        batchSize,
        onBatch: (bytes, progressReport) =>
          bar.update(bytes, progressReport.imported + progressReport.skipped, progressReport.refused.length),
      },
    );
    bar.stop();
    for (const { line, problem } of report.refused) {
      console.error(`line ${line}: ${problem}`);
    }
    if (report.imported > 0) {
      const settling = performance.now();
      await settleImportedTables(prisma);
      console.log(
        `Indexes and statistics brought up to date in ${((performance.now() - settling) / 1000).toFixed(1)} s.`,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Imported ${report.imported} stories in ${seconds.toFixed(1)} s; ${report.skipped} already there, ` +
        `${report.refused.length} lines refused.`,
    );
    if (report.imported > 0) {
      console.log("A running site shows them once its caches expire (within the hour) or after a restart.");
    }
  } finally {
    bar.stop();
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
