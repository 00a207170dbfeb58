"use client";

import { useCallback, useEffect, useState } from "react";

export interface StoredDraft<Values> {
  values: Values;
  /** When it was kept, as an ISO string. */
  savedAt: string;
}

const DRAFT_PREFIX = "levant-draft:";
const SAVE_DELAY_MS = 800;

/** The key a form's draft is kept under: one per member, story, language and revision. */
export function draftKey(parts: (string | number | null)[]): string {
  return DRAFT_PREFIX + parts.map((part) => part ?? "new").join(":");
}

function read<Values>(key: string): StoredDraft<Values> | null {
  try {
    const text = window.localStorage.getItem(key);
    return text ? (JSON.parse(text) as StoredDraft<Values>) : null;
  } catch {
    // Storage off (private mode, a policy) or a value from an older form: no draft.
    return null;
  }
}

/** Forgets every draft whose key starts with `draftKey(parts)`: after a save, older revisions' too. */
export function clearDrafts(parts: (string | number | null)[]): void {
  try {
    const prefix = draftKey(parts);
    for (const key of Object.keys(window.localStorage)) {
      if (key.startsWith(prefix)) window.localStorage.removeItem(key);
    }
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/**
 * Keeps a form's values in this browser's localStorage while they differ
 * from what the server has (`dirty`), a moment after the last keystroke,
 * so a crash, a closed tab or a lost session costs nothing. A draft found
 * on arrival is offered back (`found`), never applied unasked.
 */
export function useAutosave<Values>(key: string, values: Values, dirty: boolean) {
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [found, setFound] = useState<StoredDraft<Values> | null>(null);

  useEffect(() => {
    // Read after hydration (the server has no localStorage), and only what
    // was kept before this page opened is offered, once.
    const timer = window.setTimeout(() => {
      const draft = read<Values>(key);
      if (draft && JSON.stringify(draft.values) !== JSON.stringify(values)) setFound(draft);
    });
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => {
      const now = new Date();
      try {
        window.localStorage.setItem(key, JSON.stringify({ values, savedAt: now.toISOString() }));
        setSavedAt(now);
      } catch {
        // Full or refused storage: the form still works, only without the draft.
      }
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key, values, dirty]);

  const dismiss = useCallback(() => setFound(null), []);
  const discard = useCallback(() => {
    setFound(null);
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing stored.
    }
  }, [key]);
  return { savedAt, found, dismiss, discard };
}
