import { Feed } from "feed";
import type { LiveEntriesPage } from "@/lib/live/live-types";
import { localeFacts } from "@/lib/locale/locale-facts";
import { excerpt, markdownToPlainText } from "@/lib/markdown/plain-text";
import { asHtmlText, liveFeedPath } from "@/lib/seo/feed-xml";
import { absoluteUrl } from "@/lib/seo/site-url";
import type { StoryPage } from "@/lib/stories/story-types";
import { liveEntryPath, storyPath } from "@/lib/urls/reader-paths";

const TITLE_LENGTH = 110;

/**
 * RSS 2.0 of a live page's entries in one language, newest first: each item
 * links to the entry's permalink and is dated when this language's page
 * first showed it, so a feed reader picks up a translation when it appears.
 */
export function liveFeedXml(story: StoryPage, entries: LiveEntriesPage, copyright: string): string {
  const items = [...entries.pinned, ...entries.entries].sort(
    (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
  );
  const feed = new Feed({
    id: absoluteUrl(storyPath(story.locale, story.slug)),
    title: story.headline,
    description: story.dek,
    link: absoluteUrl(storyPath(story.locale, story.slug)),
    language: localeFacts(story.locale).tag,
    updated: new Date(items[0]?.publishedAt ?? story.publishedAt),
    feedLinks: { rss: absoluteUrl(liveFeedPath(story)) },
    copyright,
    generator: false,
  });
  for (const entry of items) {
    const link = absoluteUrl(liveEntryPath(story.locale, story.slug, entry.id));
    const text = markdownToPlainText(entry.body);
    const title = entry.title || excerpt(text, TITLE_LENGTH);
    feed.addItem({
      title: asHtmlText(title),
      id: link,
      guid: link,
      link,
      description: asHtmlText(text).replace(/\n\n/g, "<br/><br/>"),
      date: new Date(entry.publishedAt),
      image: entry.image ? absoluteUrl(entry.image.src) : undefined,
    });
  }
  return feed.rss2();
}
