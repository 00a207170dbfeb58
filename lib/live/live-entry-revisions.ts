import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { memberName, memberNameSelect } from "@/lib/newsroom/people/member-name";

export interface EntryRevision {
  number: number;
  title: string;
  body: string;
  imageCaption: string;
  /** Named for the viewer's newsroom; null once the account is gone. */
  author: string | null;
  savedAt: string;
}

/** Every saved text of one entry, per language, oldest first (the order a diff reads them in). */
export async function loadEntryRevisions(
  storyId: number,
  entryId: number,
  viewerLocale: Locale,
): Promise<{ locale: Locale; revisions: EntryRevision[] }[]> {
  const translations = await db().liveEntryTranslation.findMany({
    where: { entryId, entry: { storyId } },
    orderBy: { locale: "asc" },
    select: {
      locale: true,
      revisions: {
        orderBy: { number: "asc" },
        include: { author: { select: memberNameSelect } },
      },
    },
  });
  return translations.map(({ locale, revisions }) => ({
    locale,
    revisions: revisions.map((row) => ({
      number: row.number,
      title: row.title,
      body: row.body,
      imageCaption: row.imageCaption,
      author: row.author ? memberName(row.author, viewerLocale).name : null,
      savedAt: row.createdAt.toISOString(),
    })),
  }));
}
