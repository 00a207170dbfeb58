import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { summaryInclude, toStorySummary } from "@/lib/stories/row-mappers";
import type { StorySummary } from "@/lib/stories/story-types";

/** How many of a writer's opinion pieces their page lists as "Columns"; older ones stay in the full list. */
export const COLUMNS_SHOWN = 10;

/** An author's newest published opinion pieces in one locale. */
export async function loadAuthorColumns(locale: Locale, authorId: number): Promise<StorySummary[]> {
  const rows = await db().storyTranslation.findMany({
    where: { locale, status: "PUBLISHED", story: { kind: "OPINION", authors: { some: { authorId } } } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: COLUMNS_SHOWN,
    include: summaryInclude,
  });
  return rows.map(toStorySummary);
}
