import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";

export interface DeskEntryVersion {
  locale: Locale;
  title: string;
  body: string;
  imageCaption: string;
  imageAlt: string;
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED";
  revision: number;
  /** Written from an older text of the source: the translation needs a look. */
  outdated: boolean;
}

export interface DeskEntry {
  id: number;
  sourceLocale: Locale;
  pinned: boolean;
  postedAt: string;
  /** The entry's image, shared by its languages (each has its own caption and alt text). */
  image: { src: string; width: number; height: number } | null;
  versions: DeskEntryVersion[];
}

export interface LiveDesk {
  storyId: number;
  sourceLocale: Locale;
  endedAt: string | null;
  /** The story's language versions: where entries can be posted, with their headline and key points. */
  versions: { locale: Locale; headline: string; slug: string; published: boolean; keyPoints: string }[];
  entries: DeskEntry[];
  /** More entries than the desk lists (the oldest are left out). */
  more: boolean;
}

// The desk lists the newest entries; a day of coverage rarely passes this.
const DESK_ENTRIES = 200;

/** A live story as the newsroom's live desk shows it: its versions and its entries in every language, newest first. */
export async function loadLiveDesk(storyId: number): Promise<LiveDesk | null> {
  const story = await db().story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      kind: true,
      sourceLocale: true,
      liveEndedAt: true,
      translations: {
        select: { locale: true, headline: true, slug: true, status: true, keyPoints: true },
        orderBy: { locale: "asc" },
      },
    },
  });
  if (!story || story.kind !== "LIVE") return null;
  const rows = await db().liveEntry.findMany({
    where: { storyId, deletedAt: null },
    orderBy: [{ postedAt: "desc" }, { id: "desc" }],
    take: DESK_ENTRIES + 1,
    select: {
      id: true,
      sourceLocale: true,
      pinned: true,
      postedAt: true,
      createdAt: true,
      sourceRevision: true,
      imageSrc: true,
      imageWidth: true,
      imageHeight: true,
      translations: {
        select: {
          locale: true,
          title: true,
          body: true,
          imageCaption: true,
          imageAlt: true,
          status: true,
          revision: true,
          sourceRevision: true,
        },
        orderBy: { locale: "asc" },
      },
    },
  });
  return {
    storyId: story.id,
    sourceLocale: story.sourceLocale,
    endedAt: story.liveEndedAt?.toISOString() ?? null,
    versions: story.translations.map((version) => ({
      locale: version.locale,
      headline: version.headline,
      slug: version.slug,
      published: version.status === "PUBLISHED",
      keyPoints: version.keyPoints,
    })),
    entries: rows.slice(0, DESK_ENTRIES).map((row) => ({
      id: row.id,
      sourceLocale: row.sourceLocale,
      pinned: row.pinned,
      postedAt: (row.postedAt ?? row.createdAt).toISOString(),
      image:
        row.imageSrc && row.imageWidth && row.imageHeight
          ? { src: row.imageSrc, width: row.imageWidth, height: row.imageHeight }
          : null,
      versions: row.translations.map((version) => ({
        locale: version.locale,
        title: version.title,
        body: version.body,
        imageCaption: version.imageCaption,
        imageAlt: version.imageAlt,
        status: version.status,
        revision: version.revision,
        outdated: version.locale !== row.sourceLocale && version.sourceRevision < row.sourceRevision,
      })),
    })),
    more: rows.length > DESK_ENTRIES,
  };
}
