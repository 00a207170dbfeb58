import "server-only";
import { cachePurgeUrls, PURGE_SECRET_HEADER } from "@/lib/cache-proxy/proxy-config";
import { recordPurgeFailure } from "@/lib/cache-proxy/purge-failures";
import { surrogateKey } from "@/lib/cache-proxy/surrogate-keys";

// Long enough for a proxy on the same network, short enough that an editor
// never waits on a dead one.
const TIMEOUT_MS = 2_000;

async function purgeOne(url: string, keys: string): Promise<void> {
  try {
    const response = await fetch(url, {
      method: "PURGE",
      headers: { "xkey-purge": keys, [PURGE_SECRET_HEADER]: process.env.CACHE_PROXY_SECRET ?? "" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`answered ${response.status}`);
  } catch (error) {
    await recordPurgeFailure(url, keys, error);
  }
}

/**
 * Drops every page tagged with any of these cache tags from the caching
 * proxies, in the request that changed them. Never throws: the change is
 * already saved, and a failure is logged and recorded instead.
 */
export async function purgeCacheProxy(tags: string[]): Promise<void> {
  const urls = cachePurgeUrls();
  if (urls.length === 0 || tags.length === 0) return;
  const keys = [...new Set(tags.map(surrogateKey))].join(" ");
  await Promise.all(urls.map((url) => purgeOne(url, keys)));
}
