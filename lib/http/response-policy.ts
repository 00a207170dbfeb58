import type { ServerResponse } from "node:http";
import { databaseRecentlyUnavailable } from "@/lib/db/availability";

/**
 * Final say on a response's status and caching:
 * - a page that failed because the database is unreachable is a 503 with
 *   Retry-After, never cached;
 * - a response that sets a cookie (next-intl remembering a language switch)
 *   must not be stored by a shared cache, while every other reading page
 *   keeps Next's `s-maxage` / `stale-while-revalidate` so a CDN can serve it;
 * - a redirect carries one Location: Next 16 repeats it when a page first
 *   renders a `permanentRedirect()`, which clients may refuse.
 */
export function applyResponsePolicy(res: ServerResponse, status: number): number {
  if (status >= 500 && databaseRecentlyUnavailable()) {
    res.setHeader("Retry-After", "30");
    res.setHeader("Cache-Control", "no-store");
    return 503;
  }
  const location = res.getHeader("location");
  if (Array.isArray(location)) res.setHeader("location", location[0] ?? "");
  if (res.hasHeader("set-cookie")) res.setHeader("Cache-Control", "private, no-cache");
  return status;
}
