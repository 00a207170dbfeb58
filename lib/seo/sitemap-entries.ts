import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { authorPath, homePath, sectionPath, storyPath, topicPath } from "@/lib/urls/reader-paths";
import { authorsWithPages } from "@/lib/authors/author-queries";
import type { LanguageVersion } from "@/lib/seo/language-alternates";
import { cacheTags } from "@/lib/stories/cache-tags";
import { cachedRead } from "@/lib/stories/cached-read";
import { withDatabase } from "@/lib/db/availability";
import { URLS_PER_SITEMAP } from "@/lib/seo/sitemap-pages";
import { querySections } from "@/lib/stories/sections";
import { listTopics, publishedCounts } from "@/lib/topics/topic-queries";

export interface SitemapEntry {
  path: string;
  lastModified: string;
  /** Every published language version, this one included. */
  versions: LanguageVersion[];
  /** Paths of the images the page shows as its own (a story's lead image). */
  images?: string[];
}

export interface NewsEntry {
  locale: Locale;
  path: string;
  headline: string;
  publishedAt: string;
  /** Live coverage: when its latest entry in this language appeared. */
  lastModified?: string;
}

/** What every sitemap of a locale but the stories is made of, and how many stories follow. */
export interface SitemapListing {
  /** Home, sections, topics and authors: one entry each, few at any archive size. */
  listing: SitemapEntry[];
  stories: number;
}

const lastModified = (time: Date | null, fallback: Date | null) =>
  (time ?? fallback ?? new Date()).toISOString();

/**
 * The locale's pages other than stories, each with its newest published
 * change as lastModified (one aggregate query per kind, not a scan per
 * topic), and the number of published stories.
 */
export async function querySitemapListing(locale: Locale): Promise<SitemapListing> {
  const [newestBySection, newestByTopic, [totals]] = await Promise.all([
    db().$queryRaw<{ id: number; newest: Date }[]>`
      SELECT s."sectionId" AS id, max(t."updatedAt") AS newest
      FROM "StoryTranslation" t JOIN "Story" s ON s.id = t."storyId"
      WHERE t.locale = ${locale}::"Locale" AND t.status = 'PUBLISHED'
      GROUP BY s."sectionId"`,
    db().$queryRaw<{ id: number; newest: Date }[]>`
      SELECT st."topicId" AS id, max(t."updatedAt") AS newest
      FROM "StoryTopic" st JOIN "StoryTranslation" t ON t."storyId" = st."storyId"
      WHERE t.locale = ${locale}::"Locale" AND t.status = 'PUBLISHED'
      GROUP BY st."topicId"`,
    db().$queryRaw<{ stories: bigint; newest: Date | null }[]>`
      SELECT count(*) AS stories, max("updatedAt") AS newest
      FROM "StoryTranslation" WHERE locale = ${locale}::"Locale" AND status = 'PUBLISHED'`,
  ]);
  const newest = totals?.newest ?? null;
  const sectionNewest = new Map(newestBySection.map((row) => [row.id, row.newest]));
  const topicNewest = new Map(newestByTopic.map((row) => [row.id, row.newest]));
  const home: SitemapEntry = {
    path: homePath(locale),
    lastModified: lastModified(newest, null),
    versions: routing.locales.map((other) => ({ locale: other, path: homePath(other) })),
  };
  const sections = (await querySections()).flatMap((section): SitemapEntry[] => {
    const own = section.names[locale];
    if (!own) return [];
    return [
      {
        path: sectionPath(locale, own.slug),
        lastModified: lastModified(sectionNewest.get(section.id) ?? null, newest),
        versions: (Object.entries(section.names) as [Locale, { slug: string }][]).map(([other, name]) => ({
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
    return [
      {
        path: topicPath(locale, own.slug),
        lastModified: lastModified(topicNewest.get(topic.id) ?? null, newest),
        versions: (Object.entries(topic.names) as [Locale, { slug: string }][])
          .filter(([other]) => published[other])
          .map(([other, name]) => ({ locale: other, path: topicPath(other, name.slug) })),
      },
    ];
  });
  const authors = (await authorsWithPages(locale)).map((author): SitemapEntry => ({
    path: authorPath(locale, author.key),
    lastModified: author.newest.toISOString(),
    versions: author.locales.map((other) => ({ locale: other, path: authorPath(other, author.key) })),
  }));
  return { listing: [home, ...sections, ...topics, ...authors], stories: Number(totals?.stories ?? 0) };
}

/** Cached until a publish touches the lists: small at any archive size. */
export function getSitemapListing(locale: Locale): Promise<SitemapListing> {
  // A story published in the other language changes this locale's alternates too.
  const tags = [
    ...routing.locales.map((other) => cacheTags.lists(other)),
    cacheTags.sections(),
    cacheTags.topics(),
    cacheTags.authors(),
  ];
  return cachedRead({ name: "sitemap-listing", args: [locale], tags }, () => querySitemapListing(locale));
}

/**
 * Published stories of a locale, newest first, from `offset`, with their
 * published language versions: one query walking the (locale, status,
 * publishedAt) index. Not kept in Next's data cache (a sitemap of 45,000
 * stories is megabytes, past what it stores); the response is cached by
 * browsers, proxies and the caching proxy instead.
 */
export async function querySitemapStories(
  locale: Locale,
  offset: number,
  limit: number,
): Promise<SitemapEntry[]> {
  if (limit <= 0) return [];
  const rows = await withDatabase(
    () => db().$queryRaw<
      {
        slug: string;
        updatedAt: Date;
        otherLocale: Locale | null;
        otherSlug: string | null;
        leadImageSrc: string | null;
      }[]
    >`
      SELECT t.slug, t."updatedAt", o.locale AS "otherLocale", o.slug AS "otherSlug", s."leadImageSrc"
      FROM "StoryTranslation" t
      JOIN "Story" s ON s.id = t."storyId"
      LEFT JOIN "StoryTranslation" o
        ON o."storyId" = t."storyId" AND o.locale <> t.locale AND o.status = 'PUBLISHED'
      WHERE t.locale = ${locale}::"Locale" AND t.status = 'PUBLISHED'
      ORDER BY t."publishedAt" DESC, t.id DESC
      OFFSET ${offset} LIMIT ${limit}`,
  );
  return rows.map((row) => {
    const versions: LanguageVersion[] = [{ locale, path: storyPath(locale, row.slug) }];
    if (row.otherLocale && row.otherSlug)
      versions.push({ locale: row.otherLocale, path: storyPath(row.otherLocale, row.otherSlug) });
    versions.sort((a, b) => routing.locales.indexOf(a.locale) - routing.locales.indexOf(b.locale));
    return {
      path: storyPath(locale, row.slug),
      lastModified: row.updatedAt.toISOString(),
      versions,
      images: row.leadImageSrc ? [row.leadImageSrc] : [],
    };
  });
}

/** How many sitemap files a locale needs: the listing first, then the stories, URLS_PER_SITEMAP a file. */
export function sitemapFileCount({ listing, stories }: SitemapListing): number {
  return Math.max(1, Math.ceil((listing.length + stories) / URLS_PER_SITEMAP));
}

/** The entries of one sitemap file (page from 1), or null past the last one. */
export async function sitemapFileEntries(locale: Locale, page: number): Promise<SitemapEntry[] | null> {
  const listing = await getSitemapListing(locale);
  if (page > sitemapFileCount(listing)) return null;
  const start = (page - 1) * URLS_PER_SITEMAP;
  const end = start + URLS_PER_SITEMAP;
  const fromListing = listing.listing.slice(start, end);
  const storyStart = Math.max(0, start - listing.listing.length);
  const stories = await querySitemapStories(
    locale,
    storyStart,
    end - Math.max(start, listing.listing.length),
  );
  return [...fromListing, ...stories];
}

/**
 * Stories first published in the window, both languages, newest first
 * (Google News sitemap), and live pages still being updated in it, whatever
 * day they began, with the time of their latest entry.
 */
export async function queryNewsEntries(since: Date): Promise<NewsEntry[]> {
  const [rows, live] = await Promise.all([
    db().storyTranslation.findMany({
      where: { status: "PUBLISHED", publishedAt: { gte: since } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: { id: true, locale: true, slug: true, headline: true, publishedAt: true },
    }),
    db().$queryRaw<
      { id: number; locale: Locale; slug: string; headline: string; publishedAt: Date; lastEntry: Date }[]
    >`
      SELECT st."id", st."locale"::text AS "locale", st."slug", st."headline", st."publishedAt",
        max(t."publishedAt") AS "lastEntry"
      FROM "StoryTranslation" st
      JOIN "Story" s ON s."id" = st."storyId" AND s."kind" = 'LIVE'
      JOIN "LiveEntry" e ON e."storyId" = s."id" AND e."deletedAt" IS NULL
      JOIN "LiveEntryTranslation" t
        ON t."entryId" = e."id" AND t."locale" = st."locale" AND t."status" = 'PUBLISHED'
        AND t."publishedAt" >= ${since}
      WHERE st."status" = 'PUBLISHED'
      GROUP BY st."id"`,
  ]);
  const lastEntry = new Map(live.map((row) => [row.id, row.lastEntry.toISOString()]));
  const listed = new Set(rows.map((row) => row.id));
  const entries = [...rows, ...live.filter((row) => !listed.has(row.id))].map((row) => ({
    locale: row.locale,
    path: storyPath(row.locale, row.slug),
    headline: row.headline,
    publishedAt: (row.publishedAt ?? new Date()).toISOString(),
    ...(lastEntry.has(row.id) ? { lastModified: lastEntry.get(row.id)! } : {}),
  }));
  const newest = (entry: NewsEntry) => Date.parse(entry.lastModified ?? entry.publishedAt);
  return entries.sort((a, b) => newest(b) - newest(a));
}
