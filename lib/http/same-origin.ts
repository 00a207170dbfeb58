import type { AppEnv } from "@/lib/env";

/**
 * A browser's POST is same-origin when its Origin names the host the request
 * was sent to (what Next's Server Actions check too, so 127.0.0.1 and
 * localhost both work) or one of the configured public origins (SITE_URL,
 * ALLOWED_ORIGINS). No Origin at all is allowed: browsers always send one on
 * POST, so its absence means a non-browser client, which CSRF cannot abuse.
 */
export function isSameOrigin(
  origin: string | null | undefined,
  host: string,
  allowedOrigins: readonly string[],
): boolean {
  if (origin === undefined || origin === null) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // includes "null", sent by sandboxed frames and some redirects
  }
  if (host !== "" && parsed.host.toLowerCase() === host.toLowerCase()) return true;
  return allowedOrigins.includes(parsed.origin);
}

/** SITE_URL and ALLOWED_ORIGINS as bare origins ("https://example.com"). */
export function configuredOrigins(source: Partial<Pick<AppEnv, "SITE_URL" | "ALLOWED_ORIGINS">>): string[] {
  const urls = [source.SITE_URL ?? "", ...(source.ALLOWED_ORIGINS ?? "").split(",")];
  return urls.flatMap((url) => {
    try {
      return [new URL(url.trim()).origin];
    } catch {
      return [];
    }
  });
}
