import "server-only";
import { routing, type AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { authorPath, homePath, sectionPath, storyPath, topicPath } from "@/lib/paths";
import { authorsWithPages } from "@/lib/authors/author-queries";
import type { LanguageVersion } from "@/lib/seo/language-alternates";
import { cacheTags } from "@/lib/stories/cache-tags";
import { cachedRead } from "@/lib/stories/cached-read";
import { querySections } from "@/lib/stories/sections";
import { listTopics, publishedCounts } from "@/lib/topics/topic-queries";

export interface SitemapEntry {
  path: string;
  lastModified: string;
  /** Every published language version, this one included. */
  versions: LanguageVersion[];
}

export interface NewsEntry {
  locale: AppLocale;
  path: string;
  headline: string;
  publishedAt: string;
}

export async function querySitemapEntries(locale: AppLocale): Promise<SitemapEntry[]> {
  const rows = await db().storyTranslation.findMany({
    where: { locale, status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: {
      slug: true,
      updatedAt: true,
      story: {
        select: {
          sectionId: true,
          topics: { select: { topicId: true } },
          translations: { where: { status: "PUBLISHED" }, select: { locale: true, slug: true } },
        },
      },
    },
  });
  const newest = rows.reduce((latest, row) => Math.max(latest, row.updatedAt.getTime()), 0);
  const lastModified = (time: number) => new Date(time || Date.now()).toISOString();
  const home: SitemapEntry = {
    path: homePath(locale),
    lastModified: lastModified(newest),
    versions: routing.locales.map((other) => ({ locale: other, path: homePath(other) })),
  };
  const sections = (await querySections()).flatMap((section): SitemapEntry[] => {
    const own = section.names[locale];
    if (!own) return [];
    const newestInSection = rows
      .filter((row) => row.story.sectionId === section.id)
      .reduce((latest, row) => Math.max(latest, row.updatedAt.getTime()), 0);
    return [
      {
        path: sectionPath(locale, own.slug),
        lastModified: lastModified(newestInSection || newest),
        versions: (Object.entries(section.names) as [AppLocale, { slug: string }][]).map(([other, name]) => ({
          locale: other,
          path: sectionPath(other, name.slug),
        })),
      },
    ];
  });
  // A topic's page exists in a language where it is named and has a published story.
  const counts = await publishedCounts();
  const topics = (await listTopics()).flatMap((topic): SitemapEntry[] => {
    const own = topic.names[locale];
    const published = counts.get(topic.id) ?? {};
    if (!own || !published[locale]) return [];
    const newestInTopic = rows
      .filter((row) => row.story.topics.some(({ topicId }) => topicId === topic.id))
      .reduce((latest, row) => Math.max(latest, row.updatedAt.getTime()), 0);
    return [
      {
        path: topicPath(locale, own.slug),
        lastModified: lastModified(newestInTopic || newest),
        versions: (Object.entries(topic.names) as [AppLocale, { slug: string }][])
          .filter(([other]) => published[other])
          .map(([other, name]) => ({ locale: other, path: topicPath(other, name.slug) })),
      },
    ];
  });
  const authors = (await authorsWithPages(locale)).map((author): SitemapEntry => ({
    path: authorPath(locale, author.key),
    lastModified: lastModified(author.newest.getTime()),
    versions: author.locales.map((other) => ({ locale: other, path: authorPath(other, author.key) })),
  }));
  const stories = rows.map((row) => ({
    path: storyPath(locale, row.slug),
    lastModified: row.updatedAt.toISOString(),
    versions: row.story.translations.map((version) => ({
      locale: version.locale,
      path: storyPath(version.locale, version.slug),
    })),
  }));
  return [home, ...sections, ...topics, ...authors, ...stories];
}

/** Every published page of a locale with its language versions; cached until a publish touches the lists. */
export function getSitemapEntries(locale: AppLocale): Promise<SitemapEntry[]> {
  // A story published in the other language changes this locale's alternates too.
  const tags = [
    ...routing.locales.map((other) => cacheTags.lists(other)),
    cacheTags.sections(),
    cacheTags.topics(),
    cacheTags.authors(),
  ];
  return cachedRead({ name: "sitemap", args: [locale], tags }, () => querySitemapEntries(locale));
}

/** Stories first published in the window, both languages, newest first (Google News sitemap). */
export async function queryNewsEntries(since: Date): Promise<NewsEntry[]> {
  const rows = await db().storyTranslation.findMany({
    where: { status: "PUBLISHED", publishedAt: { gte: since } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { locale: true, slug: true, headline: true, publishedAt: true },
  });
  return rows.map((row) => ({
    locale: row.locale,
    path: storyPath(row.locale, row.slug),
    headline: row.headline,
    publishedAt: (row.publishedAt ?? new Date()).toISOString(),
  }));
}
