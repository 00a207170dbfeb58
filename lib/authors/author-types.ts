import type { Locale } from "next-intl";
import type { StoryListPage, StorySummary } from "@/lib/stories/story-types";

export interface AuthorPortrait {
  src: string;
  width: number;
  height: number;
}

export interface AuthorPage extends StoryListPage {
  key: string;
  name: string;
  bio: string;
  photo: AuthorPortrait | null;
  /** Locales in which the author has a page (a name and a published story there). */
  locales: Locale[];
  /** First page only: the author's newest opinion pieces, listed apart as their columns. */
  columns: StorySummary[];
}
