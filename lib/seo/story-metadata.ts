import type { Metadata } from "next";
import { localeFacts } from "@/lib/locale/locale-facts";
import { storyPath } from "@/lib/urls/reader-paths";
import { feedTypes, type FeedLink } from "@/lib/seo/feed-links";
import { languageAlternates } from "@/lib/seo/language-alternates";
import { liveFeedPath } from "@/lib/seo/feed-xml";
import type { LeadImage, StoryPage } from "@/lib/stories/story-types";
import { uploadId } from "@/lib/media/image-variants";
import { OG_SIZE, ogImagePath } from "@/lib/media/focal-crop";

/**
 * An upload is previewed as its 1200 × 630 crop around the focal point:
 * platforms cut a picture of any other shape around its centre, and the
 * subject was often lost. The site's own art goes as it is.
 */
function previewImage(image: LeadImage) {
  const id = uploadId(image.src);
  return id
    ? { url: ogImagePath(id, image.focus ?? { x: 50, y: 50 }), ...OG_SIZE, alt: image.alt }
    : { url: image.src, width: image.width, height: image.height, alt: image.alt };
}

/** Title, description, alternates, Open Graph and Twitter card of a story page. */
export function storyMetadata(story: StoryPage, feeds: FeedLink[]): Metadata {
  const self = { locale: story.locale, path: storyPath(story.locale, story.slug) };
  const others = story.otherVersions.map((version) => ({
    locale: version.locale,
    path: storyPath(version.locale, version.slug),
  }));
  const images = story.image ? [previewImage(story.image)] : undefined;
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
