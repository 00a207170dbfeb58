import type { Locale } from "next-intl";

// Publishing invalidates exactly these: the story's own pages (both
// languages carry each other's link), the locale's lists, a slug lookup,
// and the locale's old-slug redirects when a slug changes.
export const cacheTags = {
  story: (storyId: number) => `story:${storyId}`,
  slug: (locale: Locale, slug: string) => `slug:${locale}:${slug}`,
  lists: (locale: Locale) => `lists:${locale}`,
  // Story pages that show other stories' headlines (related, most read):
  // dropped when a story is unpublished or its published text changes, not
  // on every publish, so a busy news day does not empty the proxy.
  mentions: (locale: Locale) => `mentions:${locale}`,
  redirects: (locale: Locale) => `redirects:${locale}`,
  sections: () => "sections",
  // Topic names and slugs, read by topic pages and every story page's topic links.
  topics: () => "topics",
  // Authors' names, bios and portraits, read by author pages and bylines.
  authors: () => "authors",
  comments: (storyId: number, locale: Locale) => `comments:${storyId}:${locale}`,
  // A live page's entries in one language: a posted entry purges that
  // language's page alone, never the story's other pages or lists.
  live: (storyId: number, locale: Locale) => `live:${storyId}:${locale}`,
  // The breaking-news banner of a language: through the proxy only its
  // fragment carries it, so setting one re-renders that fragment, not every page.
  banner: (locale: Locale) => `banner:${locale}`,
  // The note under opinion pieces in one language: story pages in that
  // language carry it (a rare edit, so all of them rather than a lookup of kinds).
  opinionDisclaimer: (locale: Locale) => `opinion-disclaimer:${locale}`,
};
