import { decodeCacheEntry, encodeCacheEntry } from "@/lib/shared-cache/cache-entry-codec";
import { createRedisLink, type RedisClient } from "@/lib/shared-cache/redis-link";
import { liveEnv, type LiveEnv } from "@/lib/env";
import { log as currentLog } from "@/lib/logging/request-log-context";
import { metrics } from "@/lib/metrics/registry";

export interface SharedCacheOptions {
  url: string;
  /** Namespaces the keys: several sites (or test runs) may share one Redis. */
  prefix: string;
  /** Entries belong to one build; tag invalidations to every build. */
  buildId: string;
  timeoutMs?: number;
  retryMs?: number;
  /** Upper bound on how long Redis keeps an entry nobody asked to expire. */
  maxTtlSeconds?: number;
  log?(message: string): void;
}

export interface StoredEntry<V, C extends { expire?: number } = { expire?: number }> {
  lastModified: number;
  tags: string[];
  value: V;
  cacheControl?: C;
}

// In the tag clock, a member that is no tag: entries older than its score
// are ignored (set after an outage during which invalidations may have gone
// unrecorded).
const EPOCH = "\u0000epoch";
const DAY = 24 * 60 * 60;

/**
 * The cache every app instance shares. Entries live under
 * `<prefix>:entry:<buildId>:<key>`; one sorted set, `<prefix>:tag-clock`,
 * holds when each tag was last invalidated. An entry written before any of
 * its tags' times is a miss, on every instance, with no message to deliver:
 * an instance that was away simply reads the clock on its next request.
 * ZADD GT keeps every time the latest one, whoever writes last.
 */
/** Where instances tell each other of invalidations as they happen (lib/cache-proxy/invalidation-feed.ts). */
export const invalidationChannel = (prefix: string) => `${prefix}:invalidations`;

/** The key prefix every instance of one site uses (REDIS_KEY_PREFIX). */
export const sharedCachePrefix = (env: Partial<Pick<LiveEnv, "REDIS_KEY_PREFIX">> = liveEnv()) =>
  env.REDIS_KEY_PREFIX || "news";

export function createSharedCache(options: SharedCacheOptions) {
  const log = options.log ?? ((message: string) => currentLog().warn({ component: "shared-cache" }, message));
  // Each time Redis did not take an operation and the app carried on without it.
  const fellBack = (operation: "get" | "set" | "invalidate" | "announce") =>
    metrics.sharedCacheFallbacks.inc({ operation });
  const tagClock = `${options.prefix}:tag-clock`;
  const entryKey = (key: string) => `${options.prefix}:entry:${options.buildId}:${key}`;
  // Invalidations Redis did not take while it was unreachable, replayed
  // with their own times when it answers again.
  const missed = new Map<string, number>();

  const advanceClock = async (client: RedisClient, times: Map<string, number>): Promise<void> => {
    if (times.size === 0) return;
    await client.zAdd(
      tagClock,
      [...times].map(([value, score]) => ({ value, score })),
      { GT: true },
    );
  };

  const link = createRedisLink({
    url: options.url,
    timeoutMs: options.timeoutMs ?? 300,
    retryMs: options.retryMs ?? 500,
    log,
    async onRecovery(client, outageStartedAt) {
      // While this instance could not reach Redis, another may have missed
      // an invalidation too, and replays it only when it reconnects:
      // entries from before the outage are not trusted meanwhile.
      const times = new Map(missed);
      if (outageStartedAt !== null) times.set(EPOCH, outageStartedAt);
      await advanceClock(client, times);
      missed.clear();
    },
  });

  /**
   * Every tag counts as expired at `at`, now by default. (Next's "stale now, expire later"
   * profiles are treated as expired: a reader never sees the old text.)
   */
  const invalidateTags = async (tags: readonly string[], at = Date.now()): Promise<void> => {
    if (tags.length === 0) return;
    const times = new Map(tags.map((tag) => [tag, at]));
    try {
      await link.run((client) => advanceClock(client, times));
    } catch {
      fellBack("invalidate");
      for (const [tag, time] of times) missed.set(tag, Math.max(missed.get(tag) ?? 0, time));
      log(`Shared cache: invalidation of ${tags.join(", ")} kept until Redis answers`);
    }
  };

  return {
    async get<V, C extends { expire?: number }>(
      key: string,
      extraTags: readonly string[],
    ): Promise<StoredEntry<V, C> | null> {
      try {
        const text = await link.run((client) => client.get(entryKey(key)));
        if (text === null) {
          metrics.sharedCacheReads.inc({ result: "miss" });
          return null;
        }
        const entry = decodeCacheEntry<StoredEntry<V, C>>(text);
        const tags = [...new Set([...entry.tags, ...extraTags])];
        const times = await link.run((client) => client.zmScore(tagClock, [EPOCH, ...tags]));
        // The same millisecond counts as after: a doubtful entry is a miss.
        const invalidated = times.some((time) => time !== null && time >= entry.lastModified);
        metrics.sharedCacheReads.inc({ result: invalidated ? "miss" : "hit" });
        return invalidated ? null : entry;
      } catch {
        metrics.sharedCacheReads.inc({ result: "fallback" });
        fellBack("get");
        return null;
      }
    },

    async set<V, C extends { expire?: number }>(key: string, entry: StoredEntry<V, C> | null): Promise<void> {
      try {
        if (entry === null) {
          await link.run((client) => client.del(entryKey(key)));
          return;
        }
        const expire = entry.cacheControl?.expire;
        const maxTtl = options.maxTtlSeconds ?? 14 * DAY;
        const ttl = typeof expire === "number" && expire > 0 ? Math.min(expire, maxTtl) : maxTtl;
        const text = encodeCacheEntry(entry);
        await link.run((client) =>
          client.set(entryKey(key), text, { expiration: { type: "EX", value: ttl } }),
        );
      } catch {
        // Not stored: the next request renders again.
        fellBack("set");
      }
    },

    invalidateTags,

    /**
     * The same, at `at`, told at once to every instance following the
     * invalidation channel, so they can tell a render that began before it.
     */
    async announceInvalidations(tags: readonly string[], at: number): Promise<void> {
      if (tags.length === 0) return;
      await invalidateTags(tags, at);
      await link
        .run((client) => client.publish(invalidationChannel(options.prefix), JSON.stringify({ at, tags })))
        .catch(() => {
          fellBack("announce");
          log(`Shared cache: invalidation of ${tags.join(", ")} not announced`);
        });
    },

    isUp: link.isUp,
    close: link.close,
  };
}

export type SharedCache = ReturnType<typeof createSharedCache>;
