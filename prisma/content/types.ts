// Shape of the demo content the seed loads. Plain data so that editors of
// this file need no knowledge of Prisma.
import type { StoryKind } from "@/lib/stories/story-kinds";

export type SeedLocale = "en" | "ar";

export interface SeedSection {
  key: string;
  names: Record<SeedLocale, string>;
  slugs: Record<SeedLocale, string>;
}

export interface SeedAuthor {
  /** Also the author page's slug in both languages. */
  key: string;
  names: Record<SeedLocale, string>;
  bios: Record<SeedLocale, string>;
}

export interface SeedTopic {
  key: string;
  names: Record<SeedLocale, string>;
  slugs: Record<SeedLocale, string>;
  /** Keys of the stories filed under it. */
  stories: string[];
}

export interface SeedTranslation {
  slug: string;
  headline: string;
  dek: string;
  /**
   * Markdown: paragraphs, "## " subheadings, "> " quotes, [links](https://…), "- " lists, a video or
   * post's URL alone on a line, and, in a story with `pictures`, `![alt](media:art.svg "caption")`.
   * No HTML.
   */
  body: string;
  imageAlt: string;
  /** Under the lead image, in this language. */
  imageCaption?: string;
  /** Slugs this version had before an edit; their URLs redirect permanently. */
  formerSlugs?: string[];
  /** Live coverage: the key points above the entries, a Markdown list. */
  keyPoints?: string;
}

/** One update of a live page, written in the story's source language; a language it lacks is not translated yet. */
export interface SeedLiveEntry {
  /** Minutes after the coverage began. */
  at: number;
  pinned?: boolean;
  text: Partial<Record<SeedLocale, { title?: string; body: string }>>;
}

export interface SeedStory {
  key: string;
  /** News unless said otherwise; live coverage begins at `publishedAt`. */
  kind?: StoryKind;
  section: string;
  authors: string[];
  sourceLocale: SeedLocale;
  /** ISO 8601 with offset, e.g. "2026-11-20T09:15:00+02:00". */
  publishedAt: string;
  updatedAt?: string;
  /** File name under public/images/stories/. */
  image: string;
  translations: Partial<Record<SeedLocale, SeedTranslation>>;
  live?: { entries: SeedLiveEntry[] };
  /**
   * Stores the story's pictures as uploads (prisma/seed-pictures.ts): the
   * lead image, the body's and a gallery, all credited as given.
   */
  pictures?: {
    credit: Record<SeedLocale, string>;
    gallery?: SeedGalleryPicture[];
  };
}

/** A picture of a story's gallery: an art file of public/images/stories/, words per language. */
export interface SeedGalleryPicture {
  file: string;
  alt: Record<SeedLocale, string>;
  caption: Record<SeedLocale, string>;
}
