import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { memoryRows, type MemoryRow } from "@/lib/translation-memory/memory-rows";
import { errorText } from "@/lib/logging/logger";
import { log } from "@/lib/logging/request-log-context";

// The memory follows what is published: a story's segments are rebuilt
// from its published translations whenever one of its versions is
// published or withdrawn, so a withdrawn text is never suggested again.
// The client is a parameter (no "server-only"): seeding and importing fill
// the memory from scripts, with their own client.

/**
 * Replaces a story's memory segments with the pairs of its published
 * translations, each aligned with the source text it was translated from
 * (not today's source, which may have changed since).
 */
export async function refreshStoryMemory(prisma: PrismaClient, storyId: number): Promise<number> {
  const story = await prisma.story.findUnique({
    where: { id: storyId },
    select: {
      sourceLocale: true,
      sourceRevision: true,
      translations: {
        select: {
          locale: true,
          status: true,
          headline: true,
          dek: true,
          body: true,
          sourceRevision: true,
          updatedAt: true,
        },
      },
    },
  });
  if (!story) return 0;
  const source = story.translations.find((version) => version.locale === story.sourceLocale);
  const rows: (MemoryRow & { storyId: number; publishedAt: Date })[] = [];
  for (const version of story.translations) {
    if (version.locale === story.sourceLocale || version.status !== "PUBLISHED" || !source) continue;
    const madeFrom =
      (await prisma.translationRevision.findFirst({
        where: {
          translation: { storyId, locale: story.sourceLocale },
          sourceRevision: version.sourceRevision,
        },
        orderBy: { number: "desc" },
        select: { headline: true, dek: true, body: true },
      })) ?? (version.sourceRevision === story.sourceRevision ? source : null);
    if (!madeFrom) continue;
    for (const row of memoryRows({ locale: story.sourceLocale, ...madeFrom }, version)) {
      rows.push({ ...row, storyId, publishedAt: version.updatedAt });
    }
  }
  await prisma.$transaction(async (tx) => {
    await tx.memorySegment.deleteMany({ where: { storyId } });
    await insertMemoryRows(tx, rows);
  });
  return rows.length;
}

/**
 * refreshStoryMemory after a publish or withdrawal, which has already
 * succeeded: a failure here is logged and leaves the memory as it was.
 */
export async function refreshStoryMemoryAfter(prisma: PrismaClient, storyId: number): Promise<void> {
  try {
    await refreshStoryMemory(prisma, storyId);
  } catch (error) {
    log().error({ storyId, err: errorText(error) }, "translation memory not refreshed");
  }
}

/** Rebuilds the whole memory (after a seed or an import), a batch of stories at a time. */
export async function rebuildTranslationMemory(
  prisma: PrismaClient,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const ids = await prisma.story.findMany({
    where: { translations: { some: { status: "PUBLISHED" } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  let segments = 0;
  for (const [index, { id }] of ids.entries()) {
    segments += await refreshStoryMemory(prisma, id);
    onProgress?.(index + 1, ids.length);
  }
  return segments;
}

/**
 * Stores many rows in one statement (an import's batch): arrays in, one
 * INSERT, where createMany would send a parameter per value.
 */
export async function insertMemoryRows(
  writer: Prisma.TransactionClient | PrismaClient,
  rows: (MemoryRow & { storyId: number; publishedAt: Date })[],
): Promise<void> {
  if (rows.length === 0) return;
  await writer.$executeRaw`
    INSERT INTO "MemorySegment" ("storyId", "sourceLocale", "targetLocale", "kind", "sourceText",
      "sourceKey", "targetText", "bands", "publishedAt")
    SELECT s, sl::"Locale", tl::"Locale", k::"MemorySegmentKind", st, sk, tt, b::int[], p
    FROM unnest(
      ${rows.map((row) => row.storyId)}::int[], ${rows.map((row) => row.sourceLocale)}::text[],
      ${rows.map((row) => row.targetLocale)}::text[], ${rows.map((row) => row.kind)}::text[],
      ${rows.map((row) => row.sourceText)}::text[], ${rows.map((row) => row.sourceKey)}::text[],
      ${rows.map((row) => row.targetText)}::text[], ${rows.map((row) => `{${row.bands.join(",")}}`)}::text[],
      ${rows.map((row) => row.publishedAt)}::timestamp[]
    ) AS r(s, sl, tl, k, st, sk, tt, b, p)`;
}
