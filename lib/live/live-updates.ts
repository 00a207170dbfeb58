/**
 * What a live page's script polls: the ids of the entries its first page
 * shows (pinned ones first, then newest first), and whether the coverage
 * has ended, when the script stops asking. The same small answer for every
 * reader, so the caching proxy answers them all and the app renders it
 * once per post (purged with the entries' key).
 */
export interface LiveUpdates {
  ended: boolean;
  ids: number[];
}

/** How often an open live page asks, in milliseconds: a posted entry is seen within about this, plus the purge. */
export const LIVE_POLL_MS = 1000;

/** The answer as the script trusts it: anything else is treated as a failed poll. */
export function parseLiveUpdates(value: unknown): LiveUpdates | null {
  if (typeof value !== "object" || value === null) return null;
  const { ended, ids } = value as Record<string, unknown>;
  if (typeof ended !== "boolean" || !Array.isArray(ids)) return null;
  if (!ids.every((id): id is number => Number.isSafeInteger(id) && id > 0)) return null;
  return { ended, ids };
}
