import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { cachedRead } from "@/lib/stories/cached-read";
import { cacheTags } from "@/lib/stories/cache-tags";
import { STORIES_PER_PAGE, getPublishedCount, loadLatest, publishedLocales } from "@/lib/stories/story-lists";
import { findCurrentTopicSlug, findTopicBySlug } from "@/lib/topics/topic-queries";
import type { TopicPage, TopicRecord } from "@/lib/topics/topic-types";

async function topicPage(
  locale: Locale,
  topic: TopicRecord | null,
  page: number,
  counted?: number,
): Promise<TopicPage | null> {
  const own = topic?.names[locale];
  if (!topic || !own) return null;
  const latest = await loadLatest(locale, page, { topicId: topic.id }, STORIES_PER_PAGE, counted);
  if (latest.stories.length === 0 || page > latest.pageCount) return null;
  const published = await publishedLocales({ topicId: topic.id });
  const slugs: TopicPage["slugs"] = Object.fromEntries(
    published.flatMap((each) => (topic.names[each] ? [[each, topic.names[each].slug]] : [])),
  );
  return { ...latest, topic: own, slugs };
}

/**
 * A topic's stories in one locale, newest first. A topic has a page in a
 * locale only where it has a name and at least one published story there,
 * so that no empty page is linked, paired by hreflang or listed in a sitemap.
 */
export async function loadTopicPage(locale: Locale, slug: string, page: number): Promise<TopicPage | null> {
  return topicPage(locale, await findTopicBySlug(locale, slug), page);
}

export async function getTopicPage(locale: Locale, slug: string, page: number): Promise<TopicPage | null> {
  // Any publish in either language can fill or empty this page or its pair.
  const tags = [cacheTags.topics(), ...routing.locales.map((each) => cacheTags.lists(each))];
  const topic = await cachedRead(
    { name: "topic-by-slug", args: [locale, slug], tags: [cacheTags.topics()] },
    () => findTopicBySlug(locale, slug),
  );
  if (!topic?.names[locale]) return null;
  // Counted once for all the topic's pages (a topic of 50,000 stories takes
  // tens of milliseconds to count, even on indexes alone).
  const total = await getPublishedCount(locale, { topicId: topic.id }, tags);
  return cachedRead({ name: "topic-page", args: [locale, slug, page, total], tags }, () =>
    topicPage(locale, topic, page, total),
  );
}

export function getCurrentTopicSlug(locale: Locale, slug: string): Promise<string | null> {
  return cachedRead({ name: "current-topic-slug", args: [locale, slug], tags: [cacheTags.topics()] }, () =>
    findCurrentTopicSlug(locale, slug),
  );
}
