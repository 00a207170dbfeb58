import { createClient } from "@redis/client";
import { noteInvalidations } from "@/lib/cache-proxy/invalidation-clock";

// Long enough for a Redis on the same network; an editor never waits longer.
const TIMEOUT_MS = 300;

const prefix = () => process.env.REDIS_KEY_PREFIX || "news";
const channel = () => `${prefix()}:invalidations`;
// The shared cache's clock of tag invalidations (lib/shared-cache/shared-cache.ts).
const tagClock = () => `${prefix()}:tag-clock`;

function newClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: TIMEOUT_MS * 4, reconnectStrategy: () => 500 },
  }).on("error", () => undefined);
}

type Client = ReturnType<typeof newClient>;
let publisher: Promise<Client> | null = null;

function connectPublisher(url: string): Promise<Client> {
  publisher ??= newClient(url)
    .connect()
    .catch((error: unknown) => {
      publisher = null; // tried again with the next change
      throw error;
    });
  return publisher;
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
  const url = process.env.REDIS_URL;
  if (!url || tags.length === 0) return;
  try {
    const client = await Promise.race([
      connectPublisher(url),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), TIMEOUT_MS * 4)),
    ]);
    await Promise.race([
      client
        .multi()
        .zAdd(
          tagClock(),
          tags.map((tag) => ({ value: tag, score: at })),
          { GT: true },
        )
        .publish(channel(), JSON.stringify({ at, tags }))
        .exec(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), TIMEOUT_MS)),
    ]);
  } catch (error) {
    console.error(`Could not announce the invalidation of ${tags.join(", ")}:`, error);
  }
}

/** Hears the other instances' invalidations (the custom server, with REDIS_URL); returns a stop. */
export async function followInvalidations(url: string): Promise<() => Promise<void>> {
  const subscriber = newClient(url);
  await subscriber.connect();
  await subscriber.subscribe(channel(), (message) => {
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
  });
  return async () => {
    await subscriber.quit().catch(() => undefined);
  };
}
