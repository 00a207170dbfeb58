import type { Metadata } from "next";
import { localeFacts } from "@/lib/locale/locale-facts";
import { storyPath } from "@/lib/urls/reader-paths";
import { feedTypes, type FeedLink } from "@/lib/seo/feed-links";
import { languageAlternates } from "@/lib/seo/language-alternates";
import { liveFeedPath } from "@/lib/seo/feed-xml";
import type { StoryPage } from "@/lib/stories/story-types";

/** Title, description, alternates, Open Graph and Twitter card of a story page. */
export function storyMetadata(story: StoryPage, feeds: FeedLink[]): Metadata {
  const self = { locale: story.locale, path: storyPath(story.locale, story.slug) };
  const others = story.otherVersions.map((version) => ({
    locale: version.locale,
    path: storyPath(version.locale, version.slug),
  }));
  const images = story.image
    ? [{ url: story.image.src, width: story.image.width, height: story.image.height, alt: story.image.alt }]
    : undefined;
  return {
    title: story.headline,
    description: story.dek,
    // A live page also offers its entries as a feed of their own.
    alternates: {
      ...languageAlternates(self, others),
      types: feedTypes(
        story.kind === "live" ? [...feeds, { url: liveFeedPath(story), title: story.headline }] : feeds,
      ),
    },
    openGraph: {
      type: "article",
      title: story.headline,
      description: story.dek,
      url: self.path,
      locale: localeFacts(story.locale).ogLocale,
      alternateLocale: others.map((other) => localeFacts(other.locale).ogLocale),
      images,
      publishedTime: story.publishedAt,
      modifiedTime: story.updatedAt,
      section: story.section.name,
      authors: story.authors.map((author) => author.name),
    },
    twitter: { card: "summary_large_image", title: story.headline, description: story.dek, images },
  };
}
