// Next's incremental cache (ISR pages and unstable_cache data) in Redis, so
// that every app instance reads and expires the same entries. Loaded by
// Next itself when REDIS_URL is set (next.config.ts `cacheHandler`), outside
// its bundles: hence no "server-only" import here.
import { readFileSync } from "node:fs";
import path from "node:path";
import type {
  CacheHandler,
  CacheHandlerContext,
  CacheHandlerValue,
} from "next/dist/server/lib/incremental-cache";
import type { CacheControl } from "next/dist/server/lib/cache-control";
import type { IncrementalCacheValue } from "next/dist/server/response-cache";
import { createSharedCache, sharedCachePrefix, type SharedCache } from "@/lib/shared-cache/shared-cache";
import { entryTags, requestTags } from "@/lib/shared-cache/entry-tags";
import { liveEnv } from "@/lib/env";

type GetContext = Parameters<CacheHandler["get"]>[1];
type SetContext = Parameters<CacheHandler["set"]>[2];

// Next makes a handler per request; the connection is the process's.
let shared: SharedCache | null = null;

// When this process first missed each key whose render (or data read) has
// not been stored yet. An entry counts as written when its work began, not
// when it ended: an invalidation that lands while a page renders (an edit
// saved meanwhile) must expire what that render read before it, or the
// stale page would pass for newer than the edit on every instance.
const missedSince = new Map<string, number>();
const MISS_MEMORY = 10_000;

function noteMiss(key: string): void {
  if (missedSince.has(key)) return;
  // Renders that never store (errors) leave keys behind; a bounded memory
  // forgets the oldest, whose entries then count from when they are stored.
  if (missedSince.size >= MISS_MEMORY) missedSince.delete(missedSince.keys().next().value!);
  missedSince.set(key, Date.now());
}

function workStartedAt(key: string): number {
  const since = missedSince.get(key);
  missedSince.delete(key);
  return since ?? Date.now();
}

function sharedCache(serverDistDir: string | undefined): SharedCache {
  if (shared) return shared;
  const url = liveEnv().REDIS_URL;
  if (!url) throw new Error("The Redis cache handler needs REDIS_URL.");
  const buildId = serverDistDir
    ? readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim()
    : "development";
  shared = createSharedCache({
    url,
    prefix: sharedCachePrefix(),
    buildId,
    timeoutMs: liveEnv().REDIS_TIMEOUT_MS,
  });
  return shared;
}

export default class RedisCacheHandler implements CacheHandler {
  private readonly cache: SharedCache;

  constructor(context: CacheHandlerContext) {
    this.cache = sharedCache(context.serverDistDir);
  }

  async get(key: string, context: GetContext): Promise<CacheHandlerValue | null> {
    const entry = await this.cache.get<IncrementalCacheValue | null, CacheControl>(key, requestTags(context));
    if (!entry) {
      noteMiss(key);
      return null;
    }
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  async set(key: string, value: IncrementalCacheValue | null, context: SetContext): Promise<void> {
    const cacheControl = "cacheControl" in context ? context.cacheControl : undefined;
    await this.cache.set(key, {
      lastModified: workStartedAt(key),
      tags: entryTags(value, context),
      value,
      cacheControl,
    });
  }

  async revalidateTag(tags: string | string[]): Promise<void> {
    await this.cache.invalidateTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache(): void {
    // Nothing is kept per request: every read goes to Redis.
  }
}
