import type { AppLocale } from "@/i18n/routing";

// Slugs may be in Arabic script: hrefs carry them percent-encoded so the
// markup stays plain ASCII and every client resolves them the same way.
const segment = (value: string) => encodeURIComponent(value);

export function homePath(locale: AppLocale, page = 1): string {
  return page > 1 ? `/${locale}/page/${page}` : `/${locale}`;
}

export function sectionPath(locale: AppLocale, slug: string, page = 1): string {
  const base = `/${locale}/section/${segment(slug)}`;
  return page > 1 ? `${base}/page/${page}` : base;
}

export function topicPath(locale: AppLocale, slug: string, page = 1): string {
  const base = `/${locale}/tags/${segment(slug)}`;
  return page > 1 ? `${base}/page/${page}` : base;
}

export function authorPath(locale: AppLocale, key: string, page = 1): string {
  const base = `/${locale}/authors/${segment(key)}`;
  return page > 1 ? `${base}/page/${page}` : base;
}

export function storyPath(locale: AppLocale, slug: string): string {
  return `/${locale}/story/${segment(slug)}`;
}

/** Parses a `/page/N` segment; null for anything but a whole number ≥ 2. */
export function pageFromParam(param: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(param)) return null;
  const page = Number(param);
  return page >= 2 ? page : null;
}

// Page N (2 to 999,999, as pageFromParam takes) of the front page or of a
// section, topic or author: group 1 is the list's first page.
const LIST_PAGE = /^(\/(?:en|ar)(?:\/(?:section|tags|authors)\/[^/?#]+)?)\/page\/[1-9][0-9]{0,5}$/;
const LIST_FIRST_PAGE = /^\/(?:en|ar)(?:\/(?:section|tags|authors)\/[^/?#]+)?$/;

/**
 * The first page of the list that `path` (percent-encoded, without a query)
 * is a later page of; null when it is not a list's later page. Such a path
 * answered 404 was past the list's end (or its list does not exist).
 */
export function listFirstPagePath(path: string): string | null {
  return LIST_PAGE.exec(path)?.[1] ?? null;
}

/** Whether `path` is a list's first page in `locale` (a link the past-the-end page may offer). */
export function isListFirstPagePath(locale: AppLocale, path: string): boolean {
  return LIST_FIRST_PAGE.test(path) && (path === `/${locale}` || path.startsWith(`/${locale}/`));
}

export function searchPath(locale: AppLocale): string {
  return `/${locale}/search`;
}
