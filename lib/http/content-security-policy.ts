import { routeProperty } from "@/lib/routes/find-route";

// Read by proxy.ts (the newsroom's nonce) and the server (reading pages'
// script hashes), so Web APIs only.

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
 * session; lib/routes/route-table.ts) get a fresh nonce and 'strict-dynamic':
 * only scripts Next marked with this response's nonce, and what those load, may run.
 */
export function usesNonce(pathname: string): boolean {
  return routeProperty(pathname, (row) => row.csp ?? "hashes", "hashes") === "nonce";
}

function freshNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
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
  const nonce = usesNonce(pathname) ? freshNonce() : null;
  if (nonce) {
    return {
      policy: [`script-src 'nonce-${nonce}' 'strict-dynamic'`, ...commonDirectives(https)].join("; "),
      nonce,
    };
  }
  return { policy: withScriptHashes([], https), nonce };
}

/**
 * A reading page's policy: scripts from this site, and inline scripts with
 * these hashes only; frames from exactly the origins of the embeds the page
 * holds (lib/embeds/embed-frame-origins.ts), or none but this site's.
 */
export function withScriptHashes(
  hashes: string[],
  https: boolean,
  frameOrigins: readonly string[] = [],
): string {
  return [
    ["script-src 'self'", ...hashes].join(" "),
    ...(frameOrigins.length > 0 ? [`frame-src ${frameOrigins.join(" ")}`] : []),
    ...commonDirectives(https),
  ].join("; ");
}
