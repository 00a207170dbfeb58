import "server-only";
import { unstable_cache } from "next/cache";
import { routing, type AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { withDatabase } from "@/lib/db/availability";
import { cacheTags } from "@/lib/stories/cache-tags";
import { loadLatest } from "@/lib/stories/story-lists";
import { findCurrentTopicSlug, findTopicBySlug } from "@/lib/topics/topic-queries";
import type { TopicPage } from "@/lib/topics/topic-types";

function publishedWithTopic(locale: AppLocale, topicId: number): Promise<number> {
  return db().storyTranslation.count({
    where: { locale, status: "PUBLISHED", story: { topics: { some: { topicId } } } },
  });
}

/**
 * A topic's stories in one locale, newest first. A topic has a page in a
 * locale only where it has a name and at least one published story there,
 * so that no empty page is linked, paired by hreflang or listed in a sitemap.
 */
export async function loadTopicPage(
  locale: AppLocale,
  slug: string,
  page: number,
): Promise<TopicPage | null> {
  const topic = await findTopicBySlug(locale, slug);
  const own = topic?.names[locale];
  if (!topic || !own) return null;
  const latest = await loadLatest(locale, page, { topicId: topic.id });
  if (latest.stories.length === 0 || page > latest.pageCount) return null;
  const slugs: TopicPage["slugs"] = { [locale]: own.slug };
  for (const other of routing.locales) {
    const name = topic.names[other];
    if (other !== locale && name && (await publishedWithTopic(other, topic.id)) > 0) slugs[other] = name.slug;
  }
  return { ...latest, topic: own, slugs };
}

export function getTopicPage(locale: AppLocale, slug: string, page: number): Promise<TopicPage | null> {
  return unstable_cache(
    () => withDatabase(() => loadTopicPage(locale, slug, page)),
    ["topic-page", locale, slug, String(page)],
    // Any publish in either language can fill or empty this page or its pair.
    { tags: [cacheTags.topics(), ...routing.locales.map((each) => cacheTags.lists(each))] },
  )();
}

export function getCurrentTopicSlug(locale: AppLocale, slug: string): Promise<string | null> {
  return unstable_cache(
    () => withDatabase(() => findCurrentTopicSlug(locale, slug)),
    ["current-topic-slug", locale, slug],
    { tags: [cacheTags.topics()] },
  )();
}
