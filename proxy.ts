import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { preferredLocale, shouldRememberLocale } from "@/i18n/preferred-locale";
import { routing } from "@/i18n/routing";
import { findRoute } from "@/lib/routes/find-route";
import { REQUEST_PROTO_HEADER } from "@/lib/http/request-headers";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";

const LOCALE_COOKIE = "NEXT_LOCALE";

// Two instances: one that remembers the language read in a cookie, for the
// browsers whose choice it decides, and one that sets none, so that most
// reading pages stay shareable by a CDN.
const intlRemembering = createMiddleware(routing);
const intlCookieFree = createMiddleware({ ...routing, localeCookie: false });

// Looks like a language tag ("fr", "pt-BR") but is not one we serve.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

function localeFor(request: NextRequest) {
  return preferredLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
}

function localizedNotFound(request: NextRequest): NextResponse {
  // No route claims this path, so the locale's catch-all answers with the
  // localized 404 page and a real 404 status.
  return NextResponse.rewrite(new URL(`/${localeFor(request)}/__not-found__`, request.url));
}

function redirectToPreferredLocale(request: NextRequest): NextResponse {
  const response = NextResponse.redirect(new URL(`/${localeFor(request)}`, request.url));
  // The answer depends on who asks: never shared by a cache.
  response.headers.set("Cache-Control", "private, no-cache");
  response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/") return redirectToPreferredLocale(request);
  const first = pathname.split("/")[1] ?? "";
  const locales: readonly string[] = routing.locales;
  const looksLikeLocale = LANGUAGE_TAG.test(first) && (first.length <= 3 || first.includes("-"));
  if (looksLikeLocale && !locales.includes(first)) return localizedNotFound(request);
  const intl = shouldRememberLocale(request.headers.get("accept-language"))
    ? intlRemembering
    : intlCookieFree;
  // Newsroom and preview pages: a fresh nonce. Next reads it from the
  // request's CSP header (which next-intl passes on) and marks its scripts
  // with it; reading pages get their policy from the server, which hashes
  // their inline scripts (scripts/server/inline-script-hashes.ts).
  const https = request.headers.get(REQUEST_PROTO_HEADER) === "https";
  const { policy, nonce } = contentSecurityPolicy(pathname, https);
  if (nonce) request.headers.set("content-security-policy", policy);
  const response = intl(request);
  if (nonce) response.headers.set("Content-Security-Policy", policy);
  if (findRoute(pathname)?.row.sharedPerQuery) markShareable(response);
  return response;
}

// Search results are rendered per request (they read the query string), so
// Next would mark them uncacheable; they are the same for every reader of a
// query (sharedPerQuery in lib/routes/route-table.ts), so they are marked
// shareable, and the server's response policy
// (scripts/server/response-policy.ts) then gives them the reading pages' caching:
// browsers revalidate, shared caches keep a minute, the purged proxy longer.
// A response that sets a cookie still ends up private.
function markShareable(response: NextResponse): void {
  response.headers.set("Cache-Control", "public, s-maxage=300, stale-while-revalidate=60");
}

export const config = {
  // Everything but the routes outside the locale (API routes, metrics,
  // uploaded media), Next internals and files with an extension. Next reads
  // this without running the module, so it cannot be computed here:
  // tests/unit/route-table.test.ts holds it to lib/routes/derived-matchers.ts.
  matcher: "/((?!api/|media/|metrics$|sitemaps/|_next|_vercel|.*\\..*).*)",
};
