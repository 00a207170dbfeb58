import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The tables `StoryImporter` writes to. */
const IMPORTED_TABLES = ["Story", "StoryAuthor", "StoryTopic", "StoryTranslation", "TranslationRevision"];

/**
 * Readers must not pay for a bulk import. Freshly inserted rows leave the
 * search index's fast-update list full of entries that every search then
 * scans, the rows' visibility unrecorded (each first read checks the commit
 * log and dirties the page) and the planner's statistics out of date, until
 * autovacuum gets round to it, a minute or more later and in the middle of
 * the site's traffic. Measured at 10,000 stories per language right after
 * an import: search p95 51 ms, 10 ms after this (`npm run bench:scale`).
 * VACUUM cannot run in a transaction, and skips pages it has already seen,
 * so a small import into a large archive stays cheap.
 */
export async function settleImportedTables(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) ${IMPORTED_TABLES.map((name) => `"${name}"`).join(", ")}`);
}
