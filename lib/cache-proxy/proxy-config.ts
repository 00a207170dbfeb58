import { createHmac, timingSafeEqual } from "node:crypto";
import { liveEnv } from "@/lib/env";

/** The proxies to purge (CACHE_PROXY_PURGE_URLS, comma or space separated); none when unset. */
export function cachePurgeUrls(): string[] {
  return (liveEnv().CACHE_PROXY_PURGE_URLS ?? "").split(/[\s,]+/).filter(Boolean);
}

/** Responses carry surrogate keys only when a proxy that can be purged sits in front. */
export function cacheProxyConfigured(): boolean {
  return cachePurgeUrls().length > 0;
}

/** The header the proxy checks on PURGE requests, besides the client's address. */
export const PURGE_SECRET_HEADER = "x-cache-proxy-secret";

/**
 * The header by which the caching proxy tells the app that a request came
 * through it, so the app gives surrogate keys to the proxy and to nobody who
 * asks an instance directly.
 */
export const CACHE_PROXY_TOKEN_HEADER = "x-news-cache-proxy";

/**
 * That header's value: derived from the purge secret both already share, so
 * it needs no setting of its own, and one who sees it (in an instance's
 * request log, say) still cannot purge.
 */
export function cacheProxyToken(secret: string | undefined = liveEnv().CACHE_PROXY_SECRET): string | null {
  return secret ? createHmac("sha256", secret).update("cache-proxy backend request").digest("hex") : null;
}

/** Whether a request's token header shows that it came through the caching proxy. */
export function cameThroughCacheProxy(value: string | string[] | undefined, token: string | null): boolean {
  if (!token || typeof value !== "string" || value.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(value), Buffer.from(token));
}
