import { findRoute, routeProperty } from "@/lib/routes/find-route";
import type { StoryIdLookup } from "@/lib/routes/route-keys";

/** Every keyed response carries this one too, so everything can be dropped at once. */
export const SITE_KEY = "site";

/**
 * A cache tag as a surrogate key: header values must be Latin-1 and xkey
 * splits on spaces and commas, so Arabic slugs (and any separator) are
 * percent-encoded. Both the responses and the purges go through here.
 */
export function surrogateKey(tag: string): string {
  return encodeURIComponent(tag).replace(/%3A/g, ":");
}

/**
 * The cache tags a response's content depends on, by its route
 * (lib/routes/route-table.ts), or null for paths no shared cache should keep
 * (newsroom, previews, route handlers, the language root).
 */
export async function tagsForPath(pathname: string, lookup: StoryIdLookup): Promise<string[] | null> {
  if (routeProperty(pathname, (row) => row.caching, "private") !== "shared") return null;
  const match = findRoute(pathname);
  return match?.row.keys ? match.row.keys(match.params, lookup) : null;
}

/** Pages that include fragments the proxy caches apart (ESI): story pages, with their first comments. */
export function includesFragments(pathname: string): boolean {
  return findRoute(pathname)?.row.includesFragments === true;
}

/** The headers that carry a response's keys: Varnish's, Fastly's and Cloudflare's. */
export function surrogateKeyHeaders(tags: string[]): {
  xkey: string;
  "Surrogate-Key": string;
  "Cache-Tag": string;
} {
  const keys = [...new Set([SITE_KEY, ...tags].map(surrogateKey))];
  return { xkey: keys.join(" "), "Surrogate-Key": keys.join(" "), "Cache-Tag": keys.join(",") };
}
