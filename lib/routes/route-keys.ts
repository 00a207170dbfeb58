import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { cacheTags } from "@/lib/stories/cache-tags";
import { idOrNull, localeOrNull } from "@/lib/forms/form-values";
import { canonicalSlug, isValidSlug } from "@/lib/urls/slug";
import type { RouteParams } from "@/lib/routes/route-pattern";

// The cache tags a reading response's content depends on, per kind of
// route (lib/routes/route-table.ts), derived from its path plus at most one
// lookup of a story's id by slug. Derived rather than read back from Next
// because a page served from Next's own cache never re-runs, and
// `next start` drops the stored `x-next-cache-tags` header outside minimal mode.

export type StoryIdLookup = (locale: Locale, slug: string) => Promise<number | null>;

export type RouteKeys = (
  params: RouteParams,
  lookup: StoryIdLookup,
) => string[] | null | Promise<string[] | null>;

// matchSegments only lets the routing's locales into `[locale]`.
function localeOf(params: RouteParams): Locale {
  return localeOrNull(params.locale) ?? routing.defaultLocale;
}

function everyList(): string[] {
  return routing.locales.map((locale) => cacheTags.lists(locale));
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Every reading page shows the sections in its navigation. */
export const pageKeys: RouteKeys = () => [cacheTags.sections()];

/** Lists, feeds and search results read the locale's published stories. */
export const listKeys: RouteKeys = (params) => [cacheTags.sections(), cacheTags.lists(localeOf(params))];

/** Topic pages list both languages' stories (for their pairs) under names that can change. */
export const topicKeys: RouteKeys = () => [cacheTags.sections(), cacheTags.topics(), ...everyList()];

export const authorKeys: RouteKeys = () => [cacheTags.sections(), cacheTags.authors(), ...everyList()];

export const sitemapKeys: RouteKeys = () => [
  ...everyList(),
  cacheTags.sections(),
  cacheTags.topics(),
  cacheTags.authors(),
];

/** The comments fragment (lib/urls/reader-paths.ts): its comments, and its story's publication and slug, which its links and its very existence follow. */
export const commentsFragmentKeys: RouteKeys = (params) => {
  const storyId = idOrNull(params.storyId);
  return storyId === null ? null : [cacheTags.comments(storyId, localeOf(params)), cacheTags.story(storyId)];
};

/** A live page's updates answer (lib/live/live-updates.ts): its entries in that language, and the story's publication and end. */
export const liveUpdatesKeys: RouteKeys = (params) => {
  const storyId = idOrNull(params.storyId);
  return storyId === null ? null : [cacheTags.live(storyId, localeOf(params)), cacheTags.story(storyId)];
};

/**
 * The most-read fragment: the language's lists (a publish) and the stories
 * it names (an unpublish or a headline changed). Reads purge nothing: the
 * fragment's own short lifetime brings them (lib/reads/most-read.ts).
 */
export const mostReadFragmentKeys: RouteKeys = (params) => [
  cacheTags.lists(localeOf(params)),
  cacheTags.mentions(localeOf(params)),
];

/** The banner fragment: the language's banner alone (set, replaced, cleared). */
export const bannerFragmentKeys: RouteKeys = (params) => [cacheTags.banner(localeOf(params))];

async function storyTags(
  params: RouteParams,
  lookup: StoryIdLookup,
  showsComments: boolean,
): Promise<string[]> {
  const locale = localeOf(params);
  const decoded = decodeSegment(String(params.slug));
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
      : [
          cacheTags.story(storyId),
          // The note under opinion pieces (any story may become one).
          cacheTags.opinionDisclaimer(locale),
          // Entries, should the story be live coverage (the page shows its first page of them).
          ...(showsComments ? [cacheTags.comments(storyId, locale)] : [cacheTags.live(storyId, locale)]),
        ];
  return [cacheTags.slug(locale, slug), cacheTags.redirects(locale), ...known];
}

/** Story pages name their topics, authors and other stories: a rename or an unpublished mention changes them. */
function storyKeys(showsComments: boolean): RouteKeys {
  return async (params, lookup) => [
    cacheTags.sections(),
    cacheTags.topics(),
    cacheTags.authors(),
    cacheTags.mentions(localeOf(params)),
    ...(await storyTags(params, lookup, showsComments)),
  ];
}

export const storyPageKeys = storyKeys(false);
export const storyCommentsPageKeys = storyKeys(true);
