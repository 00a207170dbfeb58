import { processSingleton } from "@/lib/runtime/process-singleton";

/**
 * When each cache tag was last expired, as far as this process knows: its
 * own commands note theirs, and with several instances the others' arrive
 * through Redis (lib/cache-proxy/invalidation-feed.ts). The server asks it,
 * as a page for the caching proxy is sent, whether anything the page shows
 * was changed after its render began.
 */
const clock = processSingleton("invalidation-clock", () => new Map<string, number>());

// No render takes this long; older times cannot make a page outdated.
const REMEMBERED_MS = 10 * 60_000;
const PRUNE_ABOVE = 5_000;

export function noteInvalidations(tags: readonly string[], at: number): void {
  for (const tag of tags) clock.set(tag, Math.max(clock.get(tag) ?? 0, at));
  if (clock.size > PRUNE_ABOVE) {
    for (const [tag, time] of clock) if (time < at - REMEMBERED_MS) clock.delete(tag);
  }
}

/** Whether any of these tags was expired at or after `since` (the same millisecond counts). */
export function invalidatedSince(tags: readonly string[], since: number): boolean {
  return tags.some((tag) => (clock.get(tag) ?? -1) >= since);
}
