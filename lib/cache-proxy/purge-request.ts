import { cachePurgeUrls, PURGE_SECRET_HEADER } from "@/lib/cache-proxy/proxy-config";
import { surrogateKey } from "@/lib/cache-proxy/surrogate-keys";
import { liveEnv } from "@/lib/env";
import { errorText } from "@/lib/logging/logger";
import { log } from "@/lib/logging/request-log-context";
import { metrics } from "@/lib/metrics/registry";

// Long enough for a proxy on the same network, short enough that an editor
// never waits on a dead one.
const TIMEOUT_MS = 2_000;

/** Surrogate keys, space-separated, as xkey reads them; "" for none. */
export function keyList(tags: string[]): string {
  return [...new Set(tags.map(surrogateKey))].join(" ");
}

/**
 * One PURGE to one proxy: `xkey-purge` drops the pages (hard), and
 * `xkey-softpurge` expires them but keeps them in grace while one fetch
 * renders the new copy (soft). Throws unless the proxy confirmed it.
 * Free of Next and of the database, so the job queue can send it too.
 */
export async function sendPurge(url: string, keys: { soft: string; hard: string }): Promise<void> {
  const timer = metrics.purgeDuration.startTimer();
  const counts = { hardKeys: countKeys(keys.hard), softKeys: countKeys(keys.soft) };
  try {
    await purgeOnce(url, keys);
  } catch (error) {
    timer({ outcome: "failed" });
    metrics.purgeFailures.inc();
    log().warn({ proxy: url, ...counts, err: errorText(error) }, "cache proxy purge failed");
    throw error;
  }
  const seconds = timer({ outcome: "confirmed" });
  log().info(
    { proxy: url, ...counts, durationMs: Math.round(seconds * 1000) },
    "cache proxy purge confirmed",
  );
}

const countKeys = (list: string) => (list ? list.split(" ").length : 0);

async function purgeOnce(url: string, keys: { soft: string; hard: string }): Promise<void> {
  const response = await fetch(url, {
    method: "PURGE",
    headers: {
      ...(keys.hard ? { "xkey-purge": keys.hard } : {}),
      ...(keys.soft ? { "xkey-softpurge": keys.soft } : {}),
      [PURGE_SECRET_HEADER]: liveEnv().CACHE_PROXY_SECRET ?? "",
    },
    signal: AbortSignal.timeout(TIMEOUT_MS),
    cache: "no-store",
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`answered ${response.status}`);
}

/** The same hard purge to every configured proxy; throws if any did not confirm. */
export async function sendHardPurgeToAll(hardKeys: string): Promise<void> {
  const urls = cachePurgeUrls();
  const failures = (
    await Promise.allSettled(urls.map((url) => sendPurge(url, { soft: "", hard: hardKeys })))
  ).filter((outcome) => outcome.status === "rejected");
  if (failures.length > 0) throw new Error(`not confirmed by ${failures.length} of ${urls.length} proxies`);
}
