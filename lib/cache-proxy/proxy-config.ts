/** The proxies to purge (CACHE_PROXY_PURGE_URLS, comma or space separated); none when unset. */
export function cachePurgeUrls(): string[] {
  return (process.env.CACHE_PROXY_PURGE_URLS ?? "").split(/[\s,]+/).filter(Boolean);
}

/** Responses carry surrogate keys only when a proxy that can be purged sits in front. */
export function cacheProxyConfigured(): boolean {
  return cachePurgeUrls().length > 0;
}

/** The header the proxy checks on PURGE requests, besides the client's address. */
export const PURGE_SECRET_HEADER = "x-cache-proxy-secret";
