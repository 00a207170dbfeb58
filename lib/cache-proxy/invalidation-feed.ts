import { createClient } from "@redis/client";
import { noteInvalidations } from "@/lib/cache-proxy/invalidation-clock";
import {
  createSharedCache,
  invalidationChannel,
  sharedCachePrefix,
  type SharedCache,
} from "@/lib/shared-cache/shared-cache";
import { liveEnv } from "@/lib/env";
import { errorText } from "@/lib/logging/logger";
import { log } from "@/lib/logging/request-log-context";

// The shared cache's Redis link (short timeouts; invalidations kept and
// replayed while Redis is away), for the tag clock and the announcements.
let shared: Promise<SharedCache> | null = null;

// The link counts Redis as away until its first PING: the first change in a
// process waits that long (a second at most), or its announcement is lost.
async function connected(cache: SharedCache): Promise<SharedCache> {
  for (let waited = 0; !cache.isUp() && waited < 1_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return cache;
}

function sharedCache(url: string): Promise<SharedCache> {
  // Entries are not touched here, only the tag clock, which every build shares.
  shared ??= connected(createSharedCache({ url, prefix: sharedCachePrefix(), buildId: "announcements" }));
  return shared;
}

/**
 * Tells every instance, before the caching proxy is purged, that these tags
 * changed now: a page one of them is rendering from what was there before
 * is then sent to the proxy marked outdated, and fetched again instead of
 * stored (scripts/server/response-policy.ts, site.vcl). It also advances the
 * shared cache's tag clock itself: Next expires the tags in its cache
 * handler only once the action or route has finished, after the purge, and
 * a proxy fetch in between would otherwise be answered from Next's cache
 * with the page from before the change. Never throws: the change is saved,
 * and without Redis only this process hears of it.
 */
export async function announceInvalidations(tags: readonly string[]): Promise<void> {
  const at = Date.now();
  noteInvalidations(tags, at);
  const url = liveEnv().REDIS_URL;
  if (url) await (await sharedCache(url)).announceInvalidations(tags, at);
}

/** What another instance announced: noted in this process's clock. */
function hear(message: string): void {
  try {
    const { at, tags } = JSON.parse(message) as { at: unknown; tags: unknown };
    if (typeof at === "number" && Array.isArray(tags)) {
      noteInvalidations(
        tags.filter((tag): tag is string => typeof tag === "string"),
        at,
      );
    }
  } catch {
    // Not ours: ignored.
  }
}

/**
 * Hears the other instances' invalidations (the custom server, with
 * REDIS_URL); returns a stop. Waits two seconds at most for Redis: a server
 * that starts before Redis answers is not held up, and follows once it does.
 */
export async function followInvalidations(url: string): Promise<() => Promise<void>> {
  // Its own connection: a subscribed one can do nothing else.
  const subscriber = createClient({ url, socket: { reconnectStrategy: () => 500 } }).on(
    "error",
    () => undefined,
  );
  const following = subscriber
    .connect()
    .then(() => subscriber.subscribe(invalidationChannel(sharedCachePrefix()), hear));
  following.catch((error: unknown) =>
    log().error({ err: errorText(error) }, "not following other instances' invalidations"),
  );
  await Promise.race([
    following.catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, 2_000)),
  ]);
  return async () => {
    await subscriber.quit().catch(() => undefined);
  };
}
