import "server-only";
import { cachePurgeUrls } from "@/lib/cache-proxy/proxy-config";
import { purgeLists, type Invalidation } from "@/lib/cache-proxy/invalidation";
import { recordPurgeFailure } from "@/lib/cache-proxy/purge-failures";
import { keyList, sendPurge } from "@/lib/cache-proxy/purge-request";
import { queueWithdrawalRepurge } from "@/lib/cache-proxy/withdrawal-repurge";

/**
 * Tells the caching proxies what changed, in the request that changed it:
 * soft for edits (readers keep the old copy until the new one is rendered),
 * hard for withdrawals (gone at once). Never throws: the change is already
 * saved, and a failure is logged and recorded instead. A withdrawal is
 * purged again shortly after, through the job queue, until every proxy has
 * confirmed it (lib/cache-proxy/withdrawal-repurge.ts says why).
 */
export async function purgeCacheProxy(
  change: Invalidation,
  { queueRepurge = true }: { queueRepurge?: boolean } = {},
): Promise<void> {
  const urls = cachePurgeUrls();
  const lists = purgeLists(change);
  if (urls.length === 0 || lists.soft.length + lists.hard.length === 0) return;
  const keys = { soft: keyList(lists.soft), hard: keyList(lists.hard) };
  await Promise.all(
    urls.map((url) =>
      sendPurge(url, keys).catch((error: unknown) =>
        recordPurgeFailure(url, [keys.hard, keys.soft].filter(Boolean).join(" "), error),
      ),
    ),
  );
  if (keys.hard && queueRepurge) await queueWithdrawalRepurge(keys.hard);
}
