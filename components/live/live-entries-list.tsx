"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { countText } from "@/components/comments/count-text";
import type { CountTemplates } from "@/lib/format/count-templates";
import { LIVE_POLL_MS, parseLiveUpdates } from "@/lib/live/live-updates";

interface Props {
  /** The updates answer to poll; null on an archive or a later page, which never change under the reader. */
  source: string | null;
  /** The live page whose list replaces this one when the reader asks. */
  page: string;
  /** The entries this list holds, as the server rendered it. */
  known: number[];
  words: { count: CountTemplates; failed: string };
  children: ReactNode;
}

const MAX_BACKOFF_MS = 30_000;

function entryIds(root: ParentNode): number[] {
  return Array.from(root.querySelectorAll<HTMLElement>("[data-entry]"), (el) => Number(el.dataset.entry));
}

const PAGE_ATTEMPTS = 4;

/**
 * The live page's list of entries, fetched until it holds `expected`: just
 * after a post the proxy answers the first request for the page with its
 * previous copy while it renders the new one (the purge that never stalls
 * readers), so the answer can lag the poll's by a moment. The last try is
 * taken as it is.
 */
async function pageHolding(page: string, expected: number[]): Promise<Element> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(page, { cache: "no-store" });
    if (!response.ok) throw new Error(`page answered ${response.status}`);
    const doc = new DOMParser().parseFromString(await response.text(), "text/html");
    const list = doc.querySelector("[data-live-items]");
    if (!list) throw new Error("no entries on the page");
    const ids = entryIds(list);
    if (attempt === PAGE_ATTEMPTS || expected.every((id) => ids.includes(id))) return list;
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
}

/**
 * A live page's entries. With JavaScript it asks every second whether the
 * page has entries this list lacks, and if so shows an "N new updates"
 * button floating over the page and says so in a polite live region; the
 * list itself changes only when the reader presses it, so nothing moves
 * under someone reading. The new list is the live page's own (the same
 * markup, from the same cache), and the first new entry takes the focus.
 */
export function LiveEntriesList({ source, page, known, words, children }: Props) {
  // What the list holds: read by the poll, changed only when the reader asks.
  const shown = useRef(known);
  const [waiting, setWaiting] = useState(0);
  const [html, setHtml] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const items = useRef<HTMLDivElement>(null);
  // The entries the last poll found missing: the page fetched must hold them.
  const announced = useRef<number[]>([]);

  useEffect(() => {
    if (source === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = LIVE_POLL_MS;
    let stopped = false;
    const poll = async () => {
      timer = undefined;
      if (stopped || document.hidden) return;
      try {
        const response = await fetch(source, { cache: "no-store", headers: { Accept: "application/json" } });
        const updates = response.ok ? parseLiveUpdates(await response.json()) : null;
        if (updates === null) throw new Error(`poll answered ${response.status}`);
        const fresh = updates.ids.filter((id) => !shown.current.includes(id));
        announced.current = fresh;
        setWaiting(fresh.length);
        delay = LIVE_POLL_MS;
        if (updates.ended) stopped = true;
      } catch {
        // A proxy restarting or a reader going offline: ask less often until it answers.
        delay = Math.min(delay * 2, MAX_BACKOFF_MS);
      }
      if (!stopped) timer = setTimeout(poll, delay);
    };
    const resume = () => {
      if (!document.hidden && timer === undefined) void poll();
    };
    timer = setTimeout(poll, delay);
    document.addEventListener("visibilitychange", resume);
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      document.removeEventListener("visibilitychange", resume);
    };
  }, [source]);

  const showNew = async () => {
    try {
      const fetched = await pageHolding(page, announced.current);
      const ids = entryIds(fetched);
      const added = ids.filter((id) => !shown.current.includes(id));
      shown.current = ids;
      flushSync(() => {
        setHtml(fetched.innerHTML);
        setFailed(false);
        // Entries the page did not hold yet stay counted for the next poll.
        setWaiting((count) => Math.max(0, count - added.length));
      });
      const first = items.current?.querySelector<HTMLElement>(`[data-entry="${added[0]}"]`);
      if (first) {
        first.tabIndex = -1;
        first.focus();
      }
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      {waiting > 0 ? (
        <button type="button" className="live__new" onClick={showNew}>
          {countText(words.count, waiting)}
        </button>
      ) : null}
      {/* Re-rendered with the same count on every poll, so said once per change. */}
      <p className="visually-hidden" role="status">
        {failed ? words.failed : waiting > 0 ? countText(words.count, waiting) : ""}
      </p>
      {html === null ? (
        <div data-live-items="" ref={items}>
          {children}
        </div>
      ) : (
        <div data-live-items="" ref={items} dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </>
  );
}
