import type { Locale } from "next-intl";
import type { StoryKind } from "@/lib/stories/story-kinds";

// Plain, serialisable shapes handed to components. Dates are ISO strings
// because cached values go through JSON.

export interface SectionLink {
  name: string;
  slug: string;
  /** A story's section that an admin retired: named, never linked (its page redirects home). */
  retired?: boolean;
}

export interface LeadImage {
  src: string;
  width: number;
  height: number;
  alt: string;
  /** Percent across and down of the subject: crops (object-fit: cover, the OG image) keep it in view. */
  focus?: { x: number; y: number };
}

export interface StorySummary {
  storyId: number;
  locale: Locale;
  slug: string;
  headline: string;
  dek: string;
  publishedAt: string;
  section: SectionLink;
  image: LeadImage | null;
  /** Live coverage still running: lists mark it "Live". */
  live: boolean;
  /** News, analysis, opinion…: labelled above the headline on cards and pages. */
  kind: StoryKind;
}

export interface StoryAuthor {
  name: string;
  key: string | null;
}

export interface StoryLanguageVersion {
  locale: Locale;
  slug: string;
}

export interface StoryPage extends StorySummary {
  /** Live coverage only: when it ended (ISO), or null while it runs. */
  liveEndedAt: string | null;
  /** The language the story was first written in; the others translate it. */
  sourceLocale: Locale;
  body: string;
  updatedAt: string;
  /** In byline order; `key` leads to the author's page, where the author is named in this language. */
  authors: StoryAuthor[];
  /** Published versions in the other locales, never the page's own. */
  otherVersions: StoryLanguageVersion[];
  /** The story's topics that are named in its locale, by name. */
  topics: SectionLink[];
  /** Dated correction and update notes under this language version, oldest first. */
  notes: StoryNote[];
  /** Opinion pieces only: the editors' note under them, null for the default wording. */
  opinionDisclaimer: string | null;
  /** Under the lead image: this language's caption ("" for none) and the picture's credit. */
  figure: { caption: string; credit: PhotoCredit | null };
  /** The story's gallery, in order; empty when it has none. */
  gallery: StoryPicture[];
  /** The uploads the body's picture lines name, with their credits (alt and caption come from the body). */
  bodyPictures: StoryPicture[];
}

/** A picture's credit; in the other language (`locale`) when this one has none yet. */
export interface PhotoCredit {
  text: string;
  locale: Locale;
}

/** An uploaded picture with its words in the page's language (empty when not written yet). */
export interface StoryPicture {
  mediaId: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: PhotoCredit | null;
}

export interface StoryNote {
  kind: "correction" | "update";
  text: string;
  /** ISO time the note was added. */
  at: string;
}

/** A feed item: a summary with the latest note added under it, if any. */
export interface FeedStory extends StorySummary {
  latestNote?: StoryNote | null;
}

export interface StoryListPage {
  stories: StorySummary[];
  page: number;
  pageCount: number;
}

export interface SectionPage extends StoryListPage {
  section: SectionLink;
  /** The same section's slug in each locale that names it. */
  slugs: Partial<Record<Locale, string>>;
}
