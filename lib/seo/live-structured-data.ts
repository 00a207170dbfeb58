import type { LiveEntryView } from "@/lib/live/live-types";
import { excerpt, markdownToPlainText } from "@/lib/markdown/plain-text";
import { localeFacts } from "@/lib/locale/locale-facts";
import { absoluteUrl } from "@/lib/seo/site-url";
import type { StoryPage } from "@/lib/stories/story-types";
import { liveEntryPath } from "@/lib/urls/reader-paths";

// Google shows a headline of up to about 110 characters.
const HEADLINE_LENGTH = 110;

/** An entry as a BlogPosting inside its page's LiveBlogPosting (`liveBlogUpdate`). */
export function liveEntryStructuredData(story: StoryPage, entry: LiveEntryView): Record<string, unknown> {
  const body = markdownToPlainText(entry.body);
  const headline = entry.title || excerpt(body, HEADLINE_LENGTH);
  const url = absoluteUrl(liveEntryPath(story.locale, story.slug, entry.id));
  return {
    "@type": "BlogPosting",
    "@id": url,
    url,
    headline,
    datePublished: entry.postedAt,
    dateModified: entry.updatedAt,
    articleBody: body,
    inLanguage: localeFacts(story.locale).tag,
    ...(entry.image ? { image: [absoluteUrl(entry.image.src)] } : {}),
  };
}
