// Plain, serialisable shapes (dates as ISO strings: cached values go through JSON).

export interface LiveEntryImage {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
}

export interface LiveEntryView {
  id: number;
  pinned: boolean;
  /** When it was first posted, in any language: the time readers see. */
  postedAt: string;
  /** When this language's page first showed it. */
  publishedAt: string;
  updatedAt: string;
  /** Empty when the entry has none. */
  title: string;
  /** Bounded Markdown, as story bodies. */
  body: string;
  image: LiveEntryImage | null;
}

export interface LiveEntriesPage {
  /** Bounded Markdown; empty when the page has none. */
  keyPoints: string;
  /** Above the first page only. */
  pinned: LiveEntryView[];
  entries: LiveEntryView[];
  page: number;
  pageCount: number;
  /** Entries shown in this language, pinned ones included. */
  total: number;
}
