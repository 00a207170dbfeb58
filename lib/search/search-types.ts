import type { SectionLink } from "@/lib/stories/story-types";

export interface SearchHit {
  storyId: number;
  slug: string;
  /** Headline and dek with matches between HIGHLIGHT_START and HIGHLIGHT_STOP. */
  headline: string;
  dek: string;
  publishedAt: string;
  section: SectionLink;
}

export type SearchOutcome =
  /** No query typed yet: the page shows the form only. */
  | { kind: "empty" }
  /** Only stop words, punctuation or exclusions: nothing an index can look up. */
  | { kind: "nothing-searchable" }
  | {
      kind: "results";
      hits: SearchHit[];
      /** Matches ranked and shown, at most SEARCH_CANDIDATES. */
      total: number;
      /** More stories match than were ranked: the page suggests narrowing the search. */
      capped: boolean;
      page: number;
      pageCount: number;
      /** Nothing matched the Latin words as typed: these are the results of their Arabic reading (Arabizi). */
      arabizi?: { query: string; words: string[] };
      /** Nothing matched: this query, each unknown word replaced by the nearest indexed one, finds stories. */
      didYouMean?: string;
    };
