import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";

// Apart from lib/urls/reader-paths, which client components import: this one needs the
// routing's locales, which reading pages need not ship.

// Page N (2 to 999,999, as pageFromParam takes) of the front page or of a
// section, topic or author: group 1 is the list's first page.
const LIST = `/(?:${routing.locales.join("|")})(?:/(?:section|tags|authors)/[^/?#]+)?`;
const LIST_PAGE = new RegExp(`^(${LIST})/page/[1-9][0-9]{0,5}$`);
const LIST_FIRST_PAGE = new RegExp(`^${LIST}$`);

/**
 * The first page of the list that `path` (percent-encoded, without a query)
 * is a later page of; null when it is not a list's later page. Such a path
 * answered 404 was past the list's end (or its list does not exist).
 */
export function listFirstPagePath(path: string): string | null {
  return LIST_PAGE.exec(path)?.[1] ?? null;
}

/** Whether `path` is a list's first page in `locale` (a link the past-the-end page may offer). */
export function isListFirstPagePath(locale: Locale, path: string): boolean {
  return LIST_FIRST_PAGE.test(path) && (path === `/${locale}` || path.startsWith(`/${locale}/`));
}
