import type { ServerResponse } from "node:http";
import { invalidatedSince } from "@/lib/cache-proxy/invalidation-clock";
import { surrogateKeyHeaders } from "@/lib/cache-proxy/surrogate-keys";
import { databaseRecentlyUnavailable } from "@/lib/db/availability";
import { secureCookies } from "@/scripts/server/request-context";
import { outgoingHeader } from "@/scripts/server/outgoing-header";
import type { ResponseStep } from "@/scripts/server/response-steps";

// Browsers revalidate every time (a reload shows a correction at once; the
// ETag makes it cheap), and a shared cache nobody purges keeps a page a
// minute, so a withdrawn story leaves it within about two. The long
// lifetime belongs to the caching proxy alone, which is purged.
const READER_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=60";
const PROXY_LIFETIME_SECONDS = 86_400;
const PROXY_LIFETIME = `max-age=${PROXY_LIFETIME_SECONDS}`;
// Edge Architecture's way of asking the proxy to process ESI (Varnish's
// site.vcl turns it on for such pages).
const WITH_FRAGMENTS = ', content="ESI/1.0"';
const OUTDATED_HEADER = "x-news-outdated";

// A response may ask the proxy to keep it for less (the banner's fragment
// lasts until the banner expires), never for longer.
function proxyLifetime(res: ServerResponse): string {
  const own = /max-age=([0-9]+)/.exec(String(res.getHeader("surrogate-control") ?? ""));
  return own && Number(own[1]) < PROXY_LIFETIME_SECONDS ? `max-age=${own[1]}` : PROXY_LIFETIME;
}

/** A reading page asked for by the caching proxy. */
export interface ProxyAnswer {
  /** Its cache tags, sent as surrogate keys. */
  keys: string[];
  /** Whether it includes fragments the proxy caches apart (ESI). */
  fragments: boolean;
  /** When its request arrived: a change to its keys since makes it outdated. */
  startedAt: number;
}

/**
 * Final say on a response's status and caching:
 * - a page that failed because the database is unreachable is a 503 with
 *   Retry-After, never cached;
 * - a response that sets a cookie (next-intl remembering a language switch)
 *   must not be stored by a shared cache, while every other reading page
 *   may be kept by one for a minute, by browsers not at all (Next's own
 *   `s-maxage=3600` is cut);
 * - for the caching proxy (`proxy` given), a cacheable reading page (its
 *   404 too) carries its surrogate keys and the proxy's long lifetime; an
 *   HTML page that includes fragments asks the proxy to include them; and
 *   one whose keys changed after its request began (a render of what an
 *   edit or withdrawal saved meanwhile made old) is marked so the proxy
 *   fetches it again;
 * - a redirect carries one Location: Next 16 repeats it when a page first
 *   renders a `permanentRedirect()`, which clients may refuse.
 */
export function applyResponsePolicy(res: ServerResponse, status: number, proxy: ProxyAnswer | null): number {
  // The route's own wish is for the proxy alone: readers never see it.
  const lifetime = proxyLifetime(res);
  res.removeHeader("surrogate-control");
  if (status >= 500 && databaseRecentlyUnavailable()) {
    res.setHeader("Retry-After", "30");
    res.setHeader("Cache-Control", "no-store");
    return 503;
  }
  const location = res.getHeader("location");
  if (Array.isArray(location)) res.setHeader("location", location[0] ?? "");
  if (res.hasHeader("set-cookie")) {
    res.setHeader("Cache-Control", "private, no-cache");
    return status;
  }
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  // A reading page's 404 (a withdrawn story, a slug never published) is the
  // same for every reader, and keyed like the page it stands for, so the
  // publish that fills it purges it. Next marks it no-store; through the
  // proxy that sent every reader of a hot story just withdrawn to the app.
  const keyedNotFound = proxy !== null && status === 404;
  if (/s-maxage/.test(cacheControl) || keyedNotFound) res.setHeader("Cache-Control", READER_CACHE_CONTROL);
  const shared = keyedNotFound || !/private|no-store|no-cache/.test(cacheControl);
  if (proxy && shared && status < 500) {
    for (const [name, value] of Object.entries(surrogateKeyHeaders(proxy.keys))) res.setHeader(name, value);
    res.setHeader("Surrogate-Control", lifetime + (proxy.fragments ? WITH_FRAGMENTS : ""));
    // Something it shows changed after its render began: the proxy fetches
    // it again rather than keep it (site.vcl).
    if (invalidatedSince(proxy.keys, proxy.startedAt)) res.setHeader(OUTDATED_HEADER, "1");
  }
  return status;
}

/**
 * The policy as a response step: applied to the status and headers just
 * before they are sent, whichever way Next sends them (writeHead directly,
 * or implicitly on the first write); cookies get Secure on HTTPS requests.
 */
export function responsePolicyStep(
  res: ServerResponse,
  https: boolean,
  proxy: ProxyAnswer | null,
): ResponseStep {
  return {
    writeHead: (next, status, ...rest) => {
      secureCookies(res, https);
      // Only the HTML page: its RSC payload for client navigations has no fragment to include.
      const html = outgoingHeader(res, rest, "content-type").includes("text/html");
      const answer = proxy && { ...proxy, fragments: proxy.fragments && html };
      return next.writeHead(applyResponsePolicy(res, status, answer), ...rest);
    },
  };
}
