import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { cacheTags } from "@/lib/stories/cache-tags";
import { idOrNull } from "@/lib/forms/form-values";
import { canonicalSlug, isValidSlug } from "@/lib/urls/slug";

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

export type StoryIdLookup = (locale: Locale, slug: string) => Promise<number | null>;

function isLocale(value: string | undefined): value is Locale {
  return (routing.locales as readonly string[]).includes(value ?? "");
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

async function storyTags(
  locale: Locale,
  segment: string,
  lookup: StoryIdLookup,
  showsComments: boolean,
): Promise<string[]> {
  const decoded = decodeSegment(segment);
  if (decoded === null || !isValidSlug(decoded)) return [cacheTags.redirects(locale)];
  const slug = canonicalSlug(decoded);
  const storyId = await lookup(locale, slug);
  // An old slug answers with a redirect and an unknown one with a 404: both
  // change when a slug is published or renamed, which the slug and
  // redirects tags announce; a known story also when its text does, and its
  // later comment pages when its comments do. The story page itself includes
  // its first comments as a fragment of their own (ESI): a comment purges
  // that, never the story.
  const known =
    storyId === null
      ? []
      : [cacheTags.story(storyId), ...(showsComments ? [cacheTags.comments(storyId, locale)] : [])];
  return [cacheTags.slug(locale, slug), cacheTags.redirects(locale), ...known];
}

/**
 * The cache tags a reading page's content depends on, derived from its path
 * (plus one lookup of a story's id by slug), or null for paths no shared
 * cache should keep (newsroom, previews, route handlers, the language root).
 * Derived here rather than read back from Next because a page served from
 * Next's own cache never re-runs, and `next start` drops the stored
 * `x-next-cache-tags` header outside minimal mode.
 */
export async function tagsForPath(pathname: string, lookup: StoryIdLookup): Promise<string[] | null> {
  const everyList = routing.locales.map((locale) => cacheTags.lists(locale));
  if (/^\/(sitemap\.xml|news-sitemap\.xml|sitemaps\/.+)$/.test(pathname)) {
    return [...everyList, cacheTags.sections(), cacheTags.topics(), cacheTags.authors()];
  }
  if (pathname === "/robots.txt") return [];
  const [, first, kind, name, rest] = pathname.split("/");
  if (!isLocale(first)) return null;
  if (kind === "newsroom" || kind === "preview") return null;
  // The comments fragment (lib/urls/reader-paths.ts): its comments, and its story's
  // publication and slug, which its links and its very existence follow.
  if (kind === "fragments" && name === "comments") {
    const storyId = idOrNull(rest);
    return storyId === null ? null : [cacheTags.comments(storyId, first), cacheTags.story(storyId)];
  }
  const shared = [cacheTags.sections()];
  // Story pages name their topics and authors: a rename changes them.
  if (kind === "story" && name) {
    return [
      ...shared,
      cacheTags.topics(),
      cacheTags.authors(),
      cacheTags.mentions(first),
      ...(await storyTags(first, name, lookup, rest === "comments")),
    ];
  }
  // Topic and author pages list both languages' stories (for their pairs) under names that can change.
  if (kind === "tags") return [...shared, cacheTags.topics(), ...everyList];
  if (kind === "authors") return [...shared, cacheTags.authors(), ...everyList];
  // Search results read the locale's published stories, as its lists do.
  if (
    kind === undefined ||
    kind === "" ||
    kind === "page" ||
    kind === "section" ||
    kind === "feed.xml" ||
    kind === "search"
  ) {
    return [...shared, cacheTags.lists(first)];
  }
  return shared;
}

/** Pages that include fragments the proxy caches apart (ESI): story pages, with their first comments. */
export function includesFragments(pathname: string): boolean {
  const [, first, kind, name, rest] = pathname.split("/");
  return isLocale(first) && kind === "story" && Boolean(name) && rest === undefined;
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
