// A few readers in Node that poll the live page's updates answer as its
// script does (every second, each starting at its own moment) and note when
// each entry first appears: the post-to-seen times a reader would get.
import { LIVE_POLL_MS, parseLiveUpdates } from "@/lib/live/live-updates";

export interface Observers {
  /** performance.now() when each observer first saw `entryId`; null for one that never did. */
  seenAt(entryId: number): (number | null)[];
  stop(): void;
}

export function startObservers(url: string, count: number): Observers {
  const seen = Array.from({ length: count }, () => new Map<number, number>());
  let stopped = false;
  const observe = async (mine: Map<number, number>) => {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * LIVE_POLL_MS));
    while (!stopped) {
      const started = performance.now();
      try {
        const response = await fetch(url, { headers: { accept: "application/json" } });
        const updates = parseLiveUpdates(await response.json());
        const now = performance.now();
        for (const id of updates?.ids ?? []) if (!mine.has(id)) mine.set(id, now);
      } catch {
        // A failed poll is a reader who sees nothing this second, as in the browser.
      }
      const spent = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, LIVE_POLL_MS - spent)));
    }
  };
  for (const mine of seen) void observe(mine);
  return {
    seenAt: (entryId) => seen.map((mine) => mine.get(entryId) ?? null),
    stop: () => {
      stopped = true;
    },
  };
}
