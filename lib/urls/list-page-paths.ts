import type { Locale } from "next-intl";
import { findRoute } from "@/lib/routes/find-route";

// Apart from lib/urls/reader-paths, which client components import: this one
// reads the route table, which reading pages need not ship.

/**
 * The first page of the list that `path` (percent-encoded, without a query)
 * is a later page of (a route whose 404 is "listEnd" in lib/routes/route-table.ts);
 * null for any other path. Such a path answered 404 was past the list's end.
 */
export function listFirstPagePath(path: string): string | null {
  return findRoute(path)?.row.notFound === "listEnd" ? path.replace(/\/page\/[^/]+$/, "") : null;
}

/** Whether `path` is a list's first page in `locale` (a link the past-the-end page may offer). */
export function isListFirstPagePath(locale: Locale, path: string): boolean {
  // It becomes a link: nothing that could leave the path (a query, a
  // fragment, a protocol-relative or backslashed URL, spaces).
  if (/[?#\\\s]|\/\//.test(path)) return false;
  if (path !== `/${locale}` && !path.startsWith(`/${locale}/`)) return false;
  return listFirstPagePath(`${path}/page/2`) === path;
}
