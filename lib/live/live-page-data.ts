import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/stories/cache-tags";
import { cachedRead } from "@/lib/stories/cached-read";
import type { LiveEntryView, LiveEntriesPage } from "@/lib/live/live-types";

/** Entries per page: the live page shows the newest; older ones are paged (without JavaScript too). */
export const ENTRIES_PER_PAGE = 20;

// An entry shows on a language's page once published in that language and
// until deleted; its time is when it was first posted, in any language.
const visibleIn = (storyId: number, locale: Locale) => ({
  storyId,
  deletedAt: null,
  postedAt: { not: null },
  translations: { some: { locale, status: "PUBLISHED" as const } },
});

const newestFirst = [{ postedAt: "desc" as const }, { id: "desc" as const }];

type EntryRow = {
  id: number;
  pinned: boolean;
  postedAt: Date | null;
  imageSrc: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  translations: {
    title: string;
    body: string;
    imageAlt: string;
    imageCaption: string;
    publishedAt: Date | null;
    updatedAt: Date;
  }[];
};

function toView(row: EntryRow): LiveEntryView {
  const text = row.translations[0]!;
  return {
    id: row.id,
    pinned: row.pinned,
    postedAt: row.postedAt!.toISOString(),
    publishedAt: (text.publishedAt ?? row.postedAt!).toISOString(),
    updatedAt: text.updatedAt.toISOString(),
    title: text.title,
    body: text.body,
    image:
      row.imageSrc && row.imageWidth && row.imageHeight
        ? {
            src: row.imageSrc,
            width: row.imageWidth,
            height: row.imageHeight,
            alt: text.imageAlt,
            caption: text.imageCaption,
          }
        : null,
  };
}

const entrySelect = (locale: Locale) => ({
  id: true,
  pinned: true,
  postedAt: true,
  imageSrc: true,
  imageWidth: true,
  imageHeight: true,
  translations: {
    where: { locale },
    select: {
      title: true,
      body: true,
      imageAlt: true,
      imageCaption: true,
      publishedAt: true,
      updatedAt: true,
    },
  },
});

/**
 * One page of a live page's entries in one language, newest first. Pinned
 * entries sit above the first page, and out of the pages themselves, so
 * paging never skips or repeats one. Null past the last page.
 */
export async function loadLiveEntries(
  storyId: number,
  locale: Locale,
  page: number,
): Promise<LiveEntriesPage | null> {
  const where = { ...visibleIn(storyId, locale), pinned: false };
  const [total, rows, pinned, keyPoints] = await Promise.all([
    db().liveEntry.count({ where }),
    db().liveEntry.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * ENTRIES_PER_PAGE,
      take: ENTRIES_PER_PAGE,
      select: entrySelect(locale),
    }),
    page === 1
      ? db().liveEntry.findMany({
          where: { ...visibleIn(storyId, locale), pinned: true },
          orderBy: newestFirst,
          select: entrySelect(locale),
        })
      : Promise.resolve([]),
    db().storyTranslation.findUnique({
      where: { storyId_locale: { storyId, locale } },
      select: { keyPoints: true },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / ENTRIES_PER_PAGE));
  if (page > pageCount) return null;
  return {
    keyPoints: keyPoints?.keyPoints ?? "",
    pinned: pinned.map(toView),
    entries: rows.map(toView),
    page,
    pageCount,
    total: total + pinned.length,
  };
}

/** A page of entries as readers see it, cached until an entry or the key points change in that language. */
export function getLiveEntries(
  storyId: number,
  locale: Locale,
  page: number,
): Promise<LiveEntriesPage | null> {
  return cachedRead(
    {
      name: "live-entries",
      args: [storyId, locale, page],
      tags: [cacheTags.live(storyId, locale), cacheTags.story(storyId)],
    },
    () => loadLiveEntries(storyId, locale, page),
  );
}

/** One entry as readers of a language see it (its permalink), or null when not shown there. */
export async function loadLiveEntry(
  storyId: number,
  locale: Locale,
  entryId: number,
): Promise<LiveEntryView | null> {
  const row = await db().liveEntry.findFirst({
    where: { id: entryId, ...visibleIn(storyId, locale) },
    select: entrySelect(locale),
  });
  return row ? toView(row) : null;
}

export function getLiveEntry(
  storyId: number,
  locale: Locale,
  entryId: number,
): Promise<LiveEntryView | null> {
  return cachedRead(
    {
      name: "live-entry",
      args: [storyId, locale, entryId],
      tags: [cacheTags.live(storyId, locale), cacheTags.story(storyId)],
    },
    () => loadLiveEntry(storyId, locale, entryId),
  );
}
