import "server-only";
import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { FeedLink } from "@/lib/seo/feed-links";
import { feedPath, topicFeedPath } from "@/lib/seo/feed-xml";
import type { SectionLink, StoryNote } from "@/lib/stories/story-types";
import { readerFormat } from "@/lib/format/reader-format";

/** The feeds a page advertises: its locale's, and its section's or topic's when it has one. */
export async function readerFeeds(
  locale: Locale,
  section?: SectionLink,
  topic?: SectionLink,
): Promise<FeedLink[]> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const feeds = [{ url: feedPath(locale), title: t("siteName") }];
  if (section)
    feeds.push({ url: feedPath(locale, section.slug), title: t("sectionTitle", { section: section.name }) });
  if (topic)
    feeds.push({ url: topicFeedPath(locale, topic.slug), title: t("topicTitle", { topic: topic.name }) });
  return feeds;
}

/** How a feed item words its latest note, in the feed's language and the newsroom's time zone. */
export async function feedNoteLine(locale: Locale): Promise<(note: StoryNote) => string> {
  const t = await getTranslations({ locale, namespace: "Story.notes" });
  return (note) =>
    t("feedLine", {
      kind: t(note.kind === "correction" ? "correction" : "update"),
      date: readerFormat.dateTime(new Date(note.at), locale),
      text: note.text,
    });
}
