import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import type { TopicRecord } from "@/lib/topics/topic-types";

const withTranslations = { translations: { orderBy: { locale: "asc" as const } } };

function toRecord(row: {
  id: number;
  key: string;
  translations: { locale: Locale; name: string; slug: string }[];
}): TopicRecord {
  return {
    id: row.id,
    key: row.key,
    names: Object.fromEntries(row.translations.map((t) => [t.locale, { name: t.name, slug: t.slug }])),
  };
}

export async function findTopicBySlug(locale: Locale, slug: string): Promise<TopicRecord | null> {
  const row = await db().topicTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    select: { topic: { include: withTranslations } },
  });
  return row ? toRecord(row.topic) : null;
}

/** The current slug, in the same locale, of the topic that gave up `slug` (renamed or merged). */
export async function findCurrentTopicSlug(locale: Locale, slug: string): Promise<string | null> {
  const row = await db().retiredTopicSlug.findUnique({
    where: { locale_slug: { locale, slug } },
    select: { topic: { select: { translations: { where: { locale }, select: { slug: true } } } } },
  });
  const current = row?.topic.translations[0]?.slug;
  return current && current !== slug ? current : null;
}

/** Every topic, named in the newsroom's language (for choosing and managing topics). */
export async function listTopics(): Promise<TopicRecord[]> {
  const rows = await db().topic.findMany({ include: withTranslations, orderBy: { key: "asc" } });
  return rows.map(toRecord);
}

/** How many published stories each topic has per locale: a topic page exists only where this is above 0. */
export async function publishedCounts(): Promise<Map<number, Partial<Record<Locale, number>>>> {
  const rows = await db().$queryRaw<{ topicId: number; locale: Locale; count: bigint }[]>`
    SELECT st."topicId", t.locale, count(*) AS count
    FROM "StoryTopic" st
    JOIN "StoryTranslation" t ON t."storyId" = st."storyId" AND t.status = 'PUBLISHED'
    GROUP BY st."topicId", t.locale`;
  const counts = new Map<number, Partial<Record<Locale, number>>>();
  for (const row of rows) {
    counts.set(row.topicId, { ...counts.get(row.topicId), [row.locale]: Number(row.count) });
  }
  return counts;
}

/** A topic's name in the newsroom's language, else in the other one. */
function topicLabel(topic: TopicRecord, uiLocale: Locale): string {
  return (topic.names[uiLocale] ?? topic.names.en ?? topic.names.ar)?.name ?? topic.key;
}

/** Every topic to choose from (a story's details form), by name in the newsroom's language. */
export async function topicChoices(uiLocale: Locale): Promise<{ id: number; name: string }[]> {
  return (await listTopics())
    .map((topic) => ({ id: topic.id, name: topicLabel(topic, uiLocale) }))
    .sort((a, b) => a.name.localeCompare(b.name, uiLocale));
}

/** Every topic for the newsroom's list: named in its language where possible, with published counts. */
export async function topicsForNewsroom(
  uiLocale: Locale,
): Promise<(TopicRecord & { published: { en: number; ar: number }; label: string })[]> {
  const [topics, counts] = await Promise.all([listTopics(), publishedCounts()]);
  return topics
    .map((topic) => ({
      ...topic,
      published: { en: counts.get(topic.id)?.en ?? 0, ar: counts.get(topic.id)?.ar ?? 0 },
      label: topicLabel(topic, uiLocale),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, uiLocale));
}
