import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { purgeCacheProxy } from "@/lib/cache-proxy/purge";

/**
 * Published pages change at once: Next's cached data and pages for each tag
 * expire now, and the caching proxies drop the pages keyed with them in the
 * same request, so the next reader, wherever they come from, sees the change.
 * `updateTag` inside Server Actions; route handlers may only `revalidateTag`
 * (expired now, not marked stale).
 */
export async function expireTags(tags: string[], from: "action" | "route" = "action"): Promise<void> {
  const unique = [...new Set(tags)];
  for (const tag of unique) {
    if (from === "action") updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
  await purgeCacheProxy(unique);
}
