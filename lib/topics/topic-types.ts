import type { Locale } from "next-intl";
import type { StoryListPage } from "@/lib/stories/story-types";

export interface TopicLink {
  name: string;
  slug: string;
}

export interface TopicRecord {
  id: number;
  key: string;
  /** The topic's name and slug in each locale that names it. */
  names: Partial<Record<Locale, TopicLink>>;
}

export interface TopicPage extends StoryListPage {
  topic: TopicLink;
  /** The same topic's slug in each locale that has a page for it. */
  slugs: Partial<Record<Locale, string>>;
}
