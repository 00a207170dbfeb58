"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";

const noSubscription = () => () => {};
// Survives the reload below: the reader already asked for this frame.
const PENDING_KEY = "embed-requested";

/**
 * Whether this document was loaded at the current path. After a link was
 * followed inside the site, the document (and so its Content-Security-
 * Policy, which names only its own page's embed origins) is another page's.
 */
function loadedHere(): boolean {
  const [entry] = performance.getEntriesByType("navigation");
  if (!entry) return true;
  return new URL(entry.name).pathname === window.location.pathname;
}

/**
 * The part of an embed that needs JavaScript: a button that, when the reader
 * clicks it, replaces the facade by the provider's frame. Nothing of the
 * provider loads before. Without JavaScript (and until hydration) there is no
 * button, only the facade and its link to the original.
 */
export function EmbedPlayer({
  frameSrc,
  frameTitle,
  loadLabel,
  tall,
  children,
}: {
  frameSrc: string;
  frameTitle: string;
  loadLabel: string;
  tall: boolean;
  children: ReactNode;
}) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [loaded, setLoaded] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (sessionStorage.getItem(PENDING_KEY) !== frameSrc) return;
    sessionStorage.removeItem(PENDING_KEY);
    // The reader clicked before the reload that gave the page its own policy.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- sessionStorage is only readable after hydration
    setLoaded(true);
  }, [frameSrc]);
  useEffect(() => {
    if (loaded) frame.current?.focus();
  }, [loaded]);

  const load = () => {
    if (loadedHere()) return setLoaded(true);
    sessionStorage.setItem(PENDING_KEY, frameSrc);
    window.location.reload();
  };

  if (loaded) {
    return (
      <iframe
        ref={frame}
        className={tall ? "story-embed__frame story-embed__frame--tall" : "story-embed__frame"}
        src={frameSrc}
        title={frameTitle}
        allow="encrypted-media; picture-in-picture; fullscreen"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
        sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation"
      />
    );
  }
  return (
    <div
      className={
        tall ? "story-embed__placeholder story-embed__placeholder--tall" : "story-embed__placeholder"
      }
    >
      {children}
      {hydrated ? (
        <button type="button" className="story-embed__load" onClick={load}>
          {loadLabel}
        </button>
      ) : null}
    </div>
  );
}
