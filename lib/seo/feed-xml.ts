import type { Locale } from "next-intl";
import { Feed } from "feed";
import { localeFacts } from "@/lib/locale/locale-facts";
import { storyPath } from "@/lib/urls/reader-paths";
import { absoluteUrl } from "@/lib/seo/site-url";
import type { FeedStory, StoryNote } from "@/lib/stories/story-types";

// Feed readers render an item's title and description as HTML, and the feed
// library puts our text into CDATA as it is. Headlines and summaries are
// plain text, so they are escaped: "<svg onload=…>" reads as those characters.
export function asHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** RSS 2.0 for a locale or a section: language declared, every link absolute. */
export function rssFeedXml(opts: {
  locale: Locale;
  title: string;
  description: string;
  pagePath: string;
  feedPath: string;
  stories: FeedStory[];
  copyright: string;
  /** The words of an item's latest correction or update note ("Correction, 26 Nov 2026: …"). */
  noteLine?: (note: StoryNote) => string;
}): string {
  // The channel changed when its newest item was published or last corrected.
  const newest = opts.stories
    .flatMap((story) => [story.publishedAt, ...(story.latestNote ? [story.latestNote.at] : [])])
    .reduce<string | undefined>(
      (latest, at) => (!latest || Date.parse(at) > Date.parse(latest) ? at : latest),
      undefined,
    );
  const feed = new Feed({
    id: absoluteUrl(opts.pagePath),
    title: opts.title,
    description: opts.description,
    link: absoluteUrl(opts.pagePath),
    language: localeFacts(opts.locale).tag,
    updated: newest ? new Date(newest) : new Date(),
    feedLinks: { rss: absoluteUrl(opts.feedPath) },
    copyright: opts.copyright,
    generator: false,
  });
  for (const story of opts.stories) {
    const link = absoluteUrl(storyPath(story.locale, story.slug));
    feed.addItem({
      title: asHtmlText(story.headline),
      id: link,
      guid: link,
      link,
      // A note added under the story changes the item, so feed readers show it again.
      description:
        story.latestNote && opts.noteLine
          ? `${asHtmlText(story.dek)}<br/><br/>${asHtmlText(opts.noteLine(story.latestNote))}`
          : asHtmlText(story.dek),
      date: new Date(story.publishedAt),
      category: [{ name: asHtmlText(story.section.name) }],
      image: story.image ? absoluteUrl(story.image.src) : undefined,
    });
  }
  return feed.rss2();
}

/** A live page's own feed of its entries. */
export function liveFeedPath(story: { locale: Locale; slug: string }): string {
  return `${storyPath(story.locale, story.slug)}/feed.xml`;
}

export function topicFeedPath(locale: Locale, topicSlug: string): string {
  return `/${locale}/tags/${encodeURIComponent(topicSlug)}/feed.xml`;
}

export function feedPath(locale: Locale, sectionSlug?: string): string {
  return sectionSlug
    ? `/${locale}/section/${encodeURIComponent(sectionSlug)}/feed.xml`
    : `/${locale}/feed.xml`;
}
