import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { cacheProxyConfigured } from "@/lib/cache-proxy/proxy-config";
import type { Invalidation } from "@/lib/cache-proxy/invalidation";
import { announceInvalidations } from "@/lib/cache-proxy/invalidation-feed";
import { purgeCacheProxy } from "@/lib/cache-proxy/purge";
import { liveEnv } from "@/lib/env";

/**
 * Published pages change at once. Next's cached data and pages for each tag
 * expire now, whatever the kind of change (hard: a background render must
 * never store an old page as fresh); the caching proxies then let go of the
 * pages keyed with them in the same request, softly for edits and hard for
 * withdrawals, as the command chose (lib/cache-proxy/invalidation.ts).
 * `updateTag` inside Server Actions; route handlers may only `revalidateTag`
 * (expired now, not marked stale).
 */
export async function expireTags(change: Invalidation, from: "action" | "route" = "action"): Promise<void> {
  const unique = [...new Set([...change.tags, ...(change.withdrawn ?? [])])];
  // First, so that no instance hands the proxy a page it began rendering
  // before this change as if it were current.
  await announceInvalidations(unique);
  for (const tag of unique) {
    if (from === "action") updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
  await purgeCacheProxy(change);
  // With Redis the shared cache's clock was advanced above. Without it, Next
  // expires these tags in its own cache only once this action or route has
  // finished: a proxy fetch in between may have been answered with the old
  // page, so the proxy is purged once more then.
  if (!liveEnv().REDIS_URL && cacheProxyConfigured()) {
    after(() => purgeCacheProxy(change, { queueRepurge: false }));
  }
}
