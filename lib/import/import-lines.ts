import type { PrismaClient } from "@/lib/generated/prisma/client";
import { StoryImporter, type ImportLine, type ImportReport } from "@/lib/import/import-stories";
import { parseStoryLine } from "@/lib/import/story-line";

/**
 * Imports JSON Lines in batches. `onBatch` hears how far the input has got
 * (bytes read) after each batch is stored.
 */
export async function importLines(
  prisma: PrismaClient,
  lines: AsyncIterable<string> | Iterable<string>,
  opts: { batchSize?: number; onBatch?: (bytesRead: number, report: ImportReport) => void } = {},
): Promise<ImportReport> {
  const importer = new StoryImporter(prisma);
  await importer.load();
  const { report } = importer;
  let batch: ImportLine[] = [];
  let bytes = 0;
  let lineNumber = 0;
  const flush = async () => {
    await importer.importBatch(batch);
    batch = [];
    opts.onBatch?.(bytes, report);
  };
  for await (const text of lines) {
    lineNumber++;
    bytes += Buffer.byteLength(text) + 1;
    if (text.trim() === "") continue;
    const parsed = parseStoryLine(text);
    if (!parsed.ok) report.refused.push({ line: lineNumber, problem: parsed.problem });
    else batch.push({ line: lineNumber, story: parsed.story });
    if (batch.length >= (opts.batchSize ?? 500)) await flush();
  }
  await flush();
  report.refused.sort((a, b) => a.line - b.line);
  return report;
}
