import type { Locale } from "next-intl";

// Slugs may be in Arabic script: hrefs carry them percent-encoded so the
// markup stays plain ASCII and every client resolves them the same way.
const segment = (value: string) => encodeURIComponent(value);

export function homePath(locale: Locale, page = 1): string {
  return page > 1 ? `/${locale}/page/${page}` : `/${locale}`;
}

export function sectionPath(locale: Locale, slug: string, page = 1): string {
  const base = `/${locale}/section/${segment(slug)}`;
  return page > 1 ? `${base}/page/${page}` : base;
}

export function topicPath(locale: Locale, slug: string, page = 1): string {
  const base = `/${locale}/tags/${segment(slug)}`;
  return page > 1 ? `${base}/page/${page}` : base;
}

export function authorPath(locale: Locale, key: string, page = 1): string {
  const base = `/${locale}/authors/${segment(key)}`;
  return page > 1 ? `${base}/page/${page}` : base;
}

export function storyPath(locale: Locale, slug: string): string {
  return `/${locale}/story/${segment(slug)}`;
}

/** A live page's entries: the story page holds the newest, older ones follow on /updates/N. */
export function liveUpdatesPath(locale: Locale, slug: string, page = 1): string {
  return page > 1 ? `${storyPath(locale, slug)}/updates/${page}` : storyPath(locale, slug);
}

/** One entry of a live page, to share: the id readers' links and the page's anchors name. */
export function liveEntryPath(locale: Locale, slug: string, entryId: number): string {
  return `${storyPath(locale, slug)}/entry/${entryId}`;
}

/** The anchor of an entry on its live page. */
export const liveEntryAnchor = (entryId: number) => `entry-${entryId}`;

/** What a live page's script polls for new entries (shared through the caching proxy, purged with the entries). */
export function liveUpdatesSourcePath(locale: Locale, storyId: number): string {
  return `/${locale}/fragments/live/${storyId}`;
}

/** A story's first page of comments alone: what the caching proxy includes into the story page (ESI). */
export function commentsFragmentPath(locale: Locale, storyId: number): string {
  return `/${locale}/fragments/comments/${storyId}`;
}

/** The language's breaking-news banner alone: what the caching proxy includes into every reading page (ESI). */
export function bannerFragmentPath(locale: Locale): string {
  return `/${locale}/fragments/banner`;
}

/** The language's most read stories alone: what the caching proxy includes into the home and story pages (ESI). */
export function mostReadFragmentPath(locale: Locale): string {
  return `/${locale}/fragments/most-read`;
}

/** Parses a `/page/N` segment; null for anything but a whole number ≥ 2. */
export function pageFromParam(param: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(param)) return null;
  const page = Number(param);
  return page >= 2 ? page : null;
}

export function searchPath(locale: Locale): string {
  return `/${locale}/search`;
}
