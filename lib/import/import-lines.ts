import type { PrismaClient } from "@/lib/generated/prisma/client";
import { StoryImporter, type ImportLine, type ImportReport } from "@/lib/import/import-stories";
import { parseStoryLine } from "@/lib/import/story-line";

/** Batches being stored while the next one is parsed and prepared. */
const STORES_IN_FLIGHT = 2;

/**
 * Imports JSON Lines in batches. `onBatch` hears how far the input has got
 * (bytes read) after each batch is stored. Parsing (Node) and storing
 * (PostgreSQL: the search vectors and their index are most of the work)
 * overlap, so both cores are busy; batches are still prepared in file order,
 * so duplicate keys and slugs are caught by the same in-memory checks.
 */
export async function importLines(
  prisma: PrismaClient,
  lines: AsyncIterable<string> | Iterable<string>,
  opts: { batchSize?: number; onBatch?: (bytesRead: number, report: ImportReport) => void } = {},
): Promise<ImportReport> {
  // Take the iterator before the first await: a readline interface emits
  // lines as soon as its stream flows, and lines emitted before anyone
  // iterates are gone (the file's first lines went missing without a word).
  const iterator = Symbol.asyncIterator in lines ? lines[Symbol.asyncIterator]() : lines[Symbol.iterator]();
  const pending: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator as AsyncIterator<string> };
  const importer = new StoryImporter(prisma);
  await importer.load();
  const { report } = importer;
  let batch: ImportLine[] = [];
  let bytes = 0;
  let lineNumber = 0;
  const storing: Promise<void>[] = [];
  const flush = async () => {
    const ready = await importer.prepare(batch);
    const bytesRead = bytes;
    batch = [];
    storing.push(importer.storePrepared(ready).then(() => opts.onBatch?.(bytesRead, report)));
    if (storing.length >= STORES_IN_FLIGHT) await storing.shift();
  };
  for await (const text of pending) {
    lineNumber++;
    bytes += Buffer.byteLength(text) + 1;
    if (text.trim() === "") continue;
    const parsed = parseStoryLine(text);
    if (!parsed.ok) report.refused.push({ line: lineNumber, problem: parsed.problem });
    else batch.push({ line: lineNumber, story: parsed.story });
    if (batch.length >= (opts.batchSize ?? 500)) await flush();
  }
  await flush();
  await Promise.all(storing);
  report.refused.sort((a, b) => a.line - b.line);
  return report;
}
