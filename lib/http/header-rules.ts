import { FLIGHT_HEADERS, NEXT_URL } from "next/dist/client/components/app-router-headers.js";
import { HTML_LIMITED_BOT_UA_RE_STRING } from "next/dist/shared/lib/router/utils/is-bot.js";

// One list for the app server and the caching proxy's VCL, so the two never
// disagree about which headers a reader may send or see.

/**
 * Headers that select another answer from Next for the same URL (an RSC
 * payload, a prefetch of one segment, a navigation from another page). The
 * proxy keys its cache on them. Read from Next itself, so an upgrade that
 * adds one is covered; `tests/unit/header-rules.test.ts` checks that they
 * include the ones Next varies its pages on, and that the proxy keys on each.
 */
export const ANSWER_SELECTING_HEADERS: readonly string[] = [
  ...new Set([...FLIGHT_HEADERS, NEXT_URL].map((name) => name.toLowerCase())),
];

/**
 * User agents that Next answers with other HTML for the same URL (both are
 * case-insensitive patterns): HTML-limited bots (link previews such as
 * WhatsApp's, many crawlers) get a page's metadata in its head instead of
 * streamed, and Google's rendering bot is the "dom" bot of
 * next/dist/shared/lib/router/utils/is-bot (whose pattern is not exported;
 * `tests/unit/header-rules.test.ts` checks this copy against getBotType).
 * The proxy keys its cache on which of them a request's User-Agent matches.
 */
export const ANSWER_SELECTING_USER_AGENTS: Readonly<Record<string, string>> = {
  "html-limited-bot": HTML_LIMITED_BOT_UA_RE_STRING,
  "dom-bot": "Googlebot(?!-)|Googlebot$",
};

/**
 * Request headers that only Next, the app server or the proxy may write:
 * the internal ones Next filters itself (next/dist/server/lib/server-ipc/utils)
 * or honours only from its own infrastructure (middleware subrequests,
 * on-demand revalidation, resumed renders), and the app's own. The proxy
 * drops them from every request, whatever a client sent.
 */
export const INTERNAL_REQUEST_HEADERS: readonly string[] = [
  "x-middleware-rewrite",
  "x-middleware-redirect",
  "x-middleware-set-cookie",
  "x-middleware-skip",
  "x-middleware-override-headers",
  "x-middleware-next",
  "x-middleware-subrequest",
  "x-middleware-prefetch",
  "x-now-route-matches",
  "x-matched-path",
  "x-nextjs-data",
  "x-next-resume-state-length",
  "next-resume",
  "x-prerender-revalidate",
  "x-prerender-revalidate-if-generated",
  "x-next-revalidated-tags",
  "x-next-revalidate-tag-token",
  "x-invoke-path",
  "x-invoke-query",
  "x-invoke-status",
  "x-invoke-error",
  "x-invoke-output",
  // The app server's own (lib/http/client-ip.ts), written by it per request.
  "x-news-client-ip",
  "x-news-host",
  "x-news-proto",
  // The proxy's own: the instance a retry avoids, its token to the app.
  "x-failed-instance",
  "x-news-cache-proxy",
  // Forwarding headers the app does not read; the proxy writes the ones it does.
  "forwarded",
  "x-forwarded-port",
  "x-forwarded-ssl",
  "x-forwarded-server",
  "x-real-ip",
  "front-end-https",
  "x-url-scheme",
];

/**
 * Response headers that describe Next's or the app's inner workings: where a
 * middleware rewrite went (an instance's own address), Next's cache tags
 * and cache state. Neither the app nor the proxy lets them out.
 */
export const INTERNAL_RESPONSE_HEADERS: readonly string[] = [
  "x-middleware-rewrite",
  "x-middleware-next",
  "x-middleware-redirect",
  "x-middleware-refresh",
  "x-middleware-set-cookie",
  "x-middleware-override-headers",
  "x-middleware-skip",
  "x-middleware-cache",
  "x-next-cache-tags",
  "x-next-revalidated-tags",
  "x-nextjs-cache",
  "x-nextjs-matched-path",
  "x-matched-path",
  "x-powered-by",
];

/** Middleware request overrides travel as `x-middleware-request-<name>`: every such name is internal. */
export const INTERNAL_RESPONSE_PREFIX = "x-middleware-";

export function isInternalResponseHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith(INTERNAL_RESPONSE_PREFIX) || INTERNAL_RESPONSE_HEADERS.includes(lower);
}
