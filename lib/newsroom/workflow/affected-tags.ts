import type { Locale } from "next-intl";
import { cacheTags } from "@/lib/stories/cache-tags";

/**
 * The cache tags a change to one published language version touches: the
 * story's pages in every language (they link to each other), the locale's
 * lists (home, sections, feeds, sitemaps), the slug lookups and redirects.
 */
export function affectedTags(
  storyId: number,
  locale: Locale,
  slugs: string[],
  opts: { shownElsewhereChanges?: boolean } = {},
): string[] {
  return [
    cacheTags.story(storyId),
    cacheTags.lists(locale),
    cacheTags.redirects(locale),
    ...slugs.map((slug) => cacheTags.slug(locale, slug)),
    // Withdrawn or corrected: other stories' pages must stop showing the old headline.
    ...(opts.shownElsewhereChanges ? [cacheTags.mentions(locale)] : []),
  ];
}

/** A slug a version leaves: its page becomes a redirect at once, never served stale (hard purge). */
export function retiredSlugTags(locale: Locale, from: string, to: string): string[] {
  return from === to ? [] : [cacheTags.slug(locale, from)];
}
