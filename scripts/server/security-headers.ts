import { randomBytes } from "node:crypto";
import { routeProperty } from "@/lib/routes/find-route";

/** Every directive but script-src, the same on every page. */
function commonDirectives(https: boolean): string[] {
  return [
    "default-src 'self'",
    // React's style attributes (the coverage chart, progress bars) need
    // inline styles; styles cannot run code, scripts are what matter.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
}

/**
 * Pages rendered per request anyway (newsroom and previews check the
 * session) get a fresh nonce and 'strict-dynamic': only scripts Next marked
 * with this response's nonce, and what those load, may run.
 */
export function usesNonce(pathname: string): boolean {
  return routeProperty(pathname, (row) => row.csp ?? "hashes", "hashes") === "nonce";
}

/**
 * The Content-Security-Policy for a path, and the nonce it names if any.
 * Reading pages are cached and shared, so a per-request nonce cannot be in
 * their HTML: they get scripts from this site plus the hashes of their own
 * inline scripts, which the server adds once the page's bytes are known
 * (`withScriptHashes`; see docs/security.md).
 */
export function contentSecurityPolicy(
  pathname: string,
  https: boolean,
): { policy: string; nonce: string | null } {
  const nonce = usesNonce(pathname) ? randomBytes(18).toString("base64") : null;
  if (nonce) {
    return {
      policy: [`script-src 'nonce-${nonce}' 'strict-dynamic'`, ...commonDirectives(https)].join("; "),
      nonce,
    };
  }
  return { policy: withScriptHashes([], https), nonce };
}

/** A reading page's policy: scripts from this site, and inline scripts with these hashes only. */
export function withScriptHashes(hashes: string[], https: boolean): string {
  return [["script-src 'self'", ...hashes].join(" "), ...commonDirectives(https)].join("; ");
}

/** Headers every response carries, pages, feeds, media and API alike. */
export function baseSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Browsers ignore HSTS over plain HTTP; sending it only on HTTPS keeps
    // a local http:// start from pinning the name by mistake.
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
