import { TEXT_FORM_BYTES } from "@/lib/newsroom/editor/text-caps";
import { IMAGE_FORM_BYTES } from "@/lib/newsroom/media/image-limits";
import {
  authorKeys,
  bannerFragmentKeys,
  commentsFragmentKeys,
  listKeys,
  liveUpdatesKeys,
  mostReadFragmentKeys,
  pageKeys,
  sitemapKeys,
  storyCommentsPageKeys,
  storyPageKeys,
  topicKeys,
  type RouteKeys,
} from "@/lib/routes/route-keys";

const KB = 1024;

/**
 * shared: any cache may keep it until one of its surrogate keys is purged
 * (the server sends the keys to the caching proxy only); immutable: never
 * changes under its URL (uploads); private: no shared cache keeps it, and
 * the proxy passes it with the reader's cookies.
 */
export type RouteCaching = "shared" | "immutable" | "private";

/**
 * hashes: scripts from this site and the page's own inline scripts by hash,
 * which the server adds once the bytes are known (cached pages cannot carry
 * a per-request nonce); nonce: a fresh nonce and 'strict-dynamic', for pages
 * rendered per request anyway (see docs/security.md).
 */
export type CspMode = "hashes" | "nonce";

/**
 * localized: Next's empty 404 shell is swapped for the localized 404 page
 * (scripts/server/localized-not-found.ts); listEnd: a list's later page past
 * its end, whose 404 page links to the list's first page.
 */
export type NotFoundPage = "localized" | "listEnd";

export interface RouteRow {
  /** As app/ spells it, without route groups. */
  pattern: string;
  caching: RouteCaching;
  /** The cache tags of a shared route's content (lib/routes/route-keys.ts); null leaves a response unkeyed, so unstored. */
  keys?: RouteKeys;
  /** The largest request body the server lets through to Next; Server Actions post to the page that renders their form. */
  bodyLimit?: number;
  csp?: CspMode;
  notFound?: NotFoundPage;
  /** Rendered per request (it reads the query string) but the same for every reader of a query: proxy.ts marks it shareable. */
  sharedPerQuery?: boolean;
  /** Includes fragments the proxy caches apart (ESI): the breaking-news banner (every reading page), a story page's first comments, most read (home and story pages). */
  includesFragments?: boolean;
}

/** Newsroom moderation, users, status changes and the like. */
export const DEFAULT_BODY_LIMIT = 64 * KB;

// A reader's comment: at most 2,000 UTF-16 units, so at most 6,000 bytes of
// UTF-8; a form posted without JavaScript carries the typed text twice (the
// fields and the form's previous state), plus name, email and React's fields.
const COMMENT_FORM = 16 * KB;

// Vote and report forms: a few ids, a locale and a percent-encoded slug
// (80 Arabic letters are 480 bytes encoded); a real one is under 700 bytes.
// The read beacon: a story id and a locale.
const SMALL_FORM = 1 * KB;

const reading = (pattern: string, keys: RouteKeys, extra: Partial<RouteRow> = {}): RouteRow => ({
  pattern,
  caching: "shared",
  keys,
  ...extra,
});

// A reading page under the site layout: it shows the breaking-news banner,
// which the proxy includes as a fragment of its own (ESI).
const page = (pattern: string, keys: RouteKeys, extra: Partial<RouteRow> = {}): RouteRow =>
  reading(pattern, keys, { includesFragments: true, ...extra });

// Newsroom and preview pages check the session on every request, so they
// are rendered per request anyway and can carry a nonce.
const newsroom = (pattern: string, extra: Partial<RouteRow> = {}): RouteRow => ({
  pattern,
  caching: "private",
  csp: "nonce",
  ...extra,
});

const handler = (pattern: string, extra: Partial<RouteRow> = {}): RouteRow => ({
  pattern,
  caching: "private",
  ...extra,
});

/**
 * Every route in app/, one row each (tests/unit/route-table.test.ts holds
 * the two to each other). The server's body limits, CSP and 404 pages,
 * the surrogate keys, proxy.ts and the caching proxy's VCL all read it.
 */
export const ROUTES: readonly RouteRow[] = [
  page("/[locale]", listKeys),
  page("/[locale]/page/[page]", listKeys, { notFound: "listEnd" }),
  reading("/[locale]/feed.xml", listKeys),
  page("/[locale]/search", listKeys, { sharedPerQuery: true }),
  page("/[locale]/section/[section]", listKeys),
  page("/[locale]/section/[section]/page/[page]", listKeys, { notFound: "listEnd" }),
  reading("/[locale]/section/[section]/feed.xml", listKeys),
  page("/[locale]/tags/[slug]", topicKeys),
  page("/[locale]/tags/[slug]/page/[page]", topicKeys, { notFound: "listEnd" }),
  reading("/[locale]/tags/[slug]/feed.xml", topicKeys),
  page("/[locale]/authors/[slug]", authorKeys),
  page("/[locale]/authors/[slug]/page/[page]", authorKeys, { notFound: "listEnd" }),
  page("/[locale]/story/[slug]", storyPageKeys, { bodyLimit: COMMENT_FORM }),
  page("/[locale]/story/[slug]/comments/[page]", storyCommentsPageKeys, { bodyLimit: COMMENT_FORM }),
  // A live page's older entries, and one entry as shared.
  page("/[locale]/story/[slug]/updates/[page]", storyPageKeys),
  page("/[locale]/story/[slug]/entry/[entryId]", storyPageKeys),
  reading("/[locale]/story/[slug]/feed.xml", storyPageKeys),
  reading("/[locale]/fragments/comments/[storyId]", commentsFragmentKeys),
  // What a live page's script polls: every reader the same small answer, purged with the entries.
  reading("/[locale]/fragments/live/[storyId]", liveUpdatesKeys),
  reading("/[locale]/fragments/banner", bannerFragmentKeys),
  // The most read stories, kept minutes only: reads reach cached pages without purging them.
  reading("/[locale]/fragments/most-read", mostReadFragmentKeys),
  page("/[locale]/comment-reported", pageKeys),
  page("/[locale]/page-not-found", pageKeys),
  page("/[locale]/page-not-found/list", pageKeys),
  // Whatever no other route claims: the localized 404, keyed like any page.
  page("/[locale]/[...rest]", pageKeys),
  reading("/sitemap.xml", sitemapKeys),
  reading("/news-sitemap.xml", sitemapKeys),
  reading("/sitemaps/[file]", sitemapKeys),
  reading("/robots.txt", () => []),

  newsroom("/[locale]/newsroom"),
  // Sign-in: an email and a password.
  newsroom("/[locale]/newsroom/sign-in", { bodyLimit: 8 * KB }),
  // An emailed sign-in link: asked for with an email, used with its token.
  newsroom("/[locale]/newsroom/sign-in/link", { bodyLimit: 8 * KB }),
  newsroom("/[locale]/newsroom/account"),
  newsroom("/[locale]/newsroom/audit"),
  newsroom("/[locale]/newsroom/audit/export"),
  newsroom("/[locale]/newsroom/comments"),
  newsroom("/[locale]/newsroom/coverage"),
  newsroom("/[locale]/newsroom/glossary"),
  newsroom("/[locale]/newsroom/banner"),
  newsroom("/[locale]/newsroom/opinion-disclaimer"),
  newsroom("/[locale]/newsroom/glossary/export"),
  newsroom("/[locale]/newsroom/inbox"),
  newsroom("/[locale]/newsroom/queue"),
  newsroom("/[locale]/newsroom/search-words"),
  newsroom("/[locale]/newsroom/sections"),
  newsroom("/[locale]/newsroom/topics"),
  newsroom("/[locale]/newsroom/users"),
  // Story creation and details carry a lead image plus the form.
  newsroom("/[locale]/newsroom/stories/new", { bodyLimit: IMAGE_FORM_BYTES }),
  newsroom("/[locale]/newsroom/stories/[storyId]", { bodyLimit: IMAGE_FORM_BYTES }),
  // A translation save: every text field up to the form's caps, twice (the
  // form's last state), so the action, not this limit, words a long body.
  newsroom("/[locale]/newsroom/stories/[storyId]/[target]", { bodyLimit: TEXT_FORM_BYTES }),
  newsroom("/[locale]/newsroom/stories/[storyId]/[target]/history"),
  // The live desk: an entry of up to 5,000 characters and its optional image, as a story's lead image.
  newsroom("/[locale]/newsroom/stories/[storyId]/live", { bodyLimit: IMAGE_FORM_BYTES }),
  newsroom("/[locale]/newsroom/stories/[storyId]/gallery", { bodyLimit: IMAGE_FORM_BYTES }),
  newsroom("/[locale]/preview/[storyId]"),

  handler("/api/comments/form-token"),
  handler("/api/comments/my-votes"),
  handler("/api/comments/report", { bodyLimit: SMALL_FORM }),
  handler("/api/comments/vote", { bodyLimit: SMALL_FORM }),
  handler("/api/reads", { bodyLimit: SMALL_FORM }),
  handler("/api/health"),
  handler("/api/health/detail"),
  handler("/api/jobs/notification-email"),
  handler("/api/jobs/scheduled-change"),
  handler("/api/search/suggest"),
  handler("/metrics"),
  { pattern: "/media/[id]", caching: "immutable" },
  { pattern: "/media/[id]/[variant]", caching: "immutable" },
];
