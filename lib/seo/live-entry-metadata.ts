import type { Metadata } from "next";
import type { LiveEntryView } from "@/lib/live/live-types";
import { excerpt, markdownToPlainText } from "@/lib/markdown/plain-text";
import { absoluteUrl } from "@/lib/seo/site-url";
import { languageAlternates, type LanguageVersion } from "@/lib/seo/language-alternates";
import type { StoryPage } from "@/lib/stories/story-types";
import { liveEntryPath } from "@/lib/urls/reader-paths";

const DESCRIPTION_LENGTH = 200;
const TITLE_LENGTH = 80;

/**
 * What a shared entry shows in a chat or a social post: its own title (or
 * first words), its text, its image or the story's. Not indexed: search
 * engines find entries on the live page (liveBlogUpdate).
 */
export function liveEntryMetadata(
  story: StoryPage,
  entry: LiveEntryView,
  title: (parts: { title: string; headline: string }) => string,
  /** The same entry's page in the other language, when published there. */
  other: LanguageVersion | null,
): Metadata {
  const text = markdownToPlainText(entry.body);
  const description = excerpt(text, DESCRIPTION_LENGTH);
  const own = entry.title || excerpt(text, TITLE_LENGTH);
  const url = absoluteUrl(liveEntryPath(story.locale, story.slug, entry.id));
  const image = entry.image ?? story.image;
  return {
    title: title({ title: own, headline: story.headline }),
    description,
    robots: { index: false, follow: true },
    alternates: languageAlternates(
      { locale: story.locale, path: liveEntryPath(story.locale, story.slug, entry.id) },
      other ? [other] : [],
    ),
    openGraph: {
      type: "article",
      url,
      title: own,
      description,
      publishedTime: entry.postedAt,
      ...(image
        ? { images: [{ url: absoluteUrl(image.src), width: image.width, height: image.height }] }
        : {}),
    },
  };
}
