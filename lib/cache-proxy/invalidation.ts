/**
 * What a command changed for readers, as cache tags, and how the caching
 * proxy lets go of the pages keyed with them:
 * - `tags`: expired at once in Next's caches, and soft-purged at the proxy
 *   (edits, corrections, comments, votes, moderation, list changes): readers
 *   keep the old copy for the moment one background fetch renders the new.
 * - `withdrawn`: of those, the ones hard-purged instead (unpublishing, a
 *   retired slug): the pages are dropped at once and never served stale,
 *   not even from grace while the app is sick.
 * The command chooses; `expireTags` is the one path both take.
 */
export interface Invalidation {
  tags: string[];
  withdrawn?: string[];
}

/** The proxy's two lists: every tag once, each in the kind its command chose. */
export function purgeLists(change: Invalidation): { soft: string[]; hard: string[] } {
  const hard = [...new Set(change.withdrawn ?? [])];
  const soft = [...new Set(change.tags)].filter((tag) => !hard.includes(tag));
  return { soft, hard };
}
