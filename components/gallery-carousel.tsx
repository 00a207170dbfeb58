"use client";

import {
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type ReactNode,
} from "react";

const noSubscription = () => () => {};

export interface GalleryLabels {
  title: string;
  carousel: string;
  slide: string;
  previous: string;
  next: string;
  /** "3 of 7" for each picture, worded and numbered on the server. */
  positions: string[];
}

function items(list: HTMLOListElement | null): HTMLElement[] {
  return list ? Array.from(list.querySelectorAll<HTMLElement>(":scope > li")) : [];
}

/**
 * Turns the server's list of figures into a carousel: one picture at a time
 * in a scroll-snapped row (so a swipe or a trackpad moves it natively),
 * previous and next buttons, the arrow keys (reversed right to left: in
 * Arabic the next picture lies to the left) and a live "3 of 7".
 */
export function GalleryCarousel({
  rtl,
  labels,
  children,
}: {
  rtl: boolean;
  labels: GalleryLabels;
  children: ReactNode;
}) {
  const frame = useRef<HTMLDivElement>(null);
  // False in the server's HTML and during hydration, true once the script runs.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [current, setCurrent] = useState(0);
  const total = labels.positions.length;

  useEffect(() => {
    const ol = frame.current?.querySelector("ol") ?? null;
    if (!ol) return;
    ol.tabIndex = 0;
    // The items stay list items (an <ol> may hold nothing else), named as slides.
    items(ol).forEach((li, index) => {
      li.setAttribute("aria-roledescription", labels.slide);
      li.setAttribute("aria-label", labels.positions[index] ?? "");
    });
    // A swipe or scroll settles on a picture: the counter follows it.
    const settle = () => {
      const width = ol.clientWidth || 1;
      setCurrent(Math.min(total - 1, Math.round(Math.abs(ol.scrollLeft) / width)));
    };
    ol.addEventListener("scroll", settle, { passive: true });
    return () => ol.removeEventListener("scroll", settle);
  }, [labels, total, enhanced]);

  const show = useCallback(
    (index: number) => {
      const ol = frame.current?.querySelector("ol") ?? null;
      const target = Math.max(0, Math.min(total - 1, index));
      const li = items(ol)[target];
      if (!ol || !li) return;
      // The row scrolls, never the page: inline start is the left edge in
      // English and the right edge in Arabic (scrollLeft runs negative there).
      ol.scrollTo({ left: (rtl ? -1 : 1) * target * ol.clientWidth, behavior: "smooth" });
      setCurrent(target);
    },
    [rtl, total],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const forward = (event.key === "ArrowRight") !== rtl;
    show(current + (forward ? 1 : -1));
  };

  return (
    <div
      ref={frame}
      className={enhanced ? "gallery-carousel gallery-carousel--on" : "gallery-carousel"}
      role={enhanced ? "region" : undefined}
      aria-roledescription={enhanced ? labels.carousel : undefined}
      aria-label={enhanced ? labels.title : undefined}
      onKeyDown={enhanced ? onKeyDown : undefined}
    >
      {children}
      {enhanced ? (
        <div className="gallery-carousel__controls">
          <button type="button" onClick={() => show(current - 1)} aria-disabled={current === 0}>
            {labels.previous}
          </button>
          <p className="gallery-carousel__counter" aria-live="polite" aria-atomic="true">
            {labels.positions[current]}
          </p>
          <button type="button" onClick={() => show(current + 1)} aria-disabled={current >= total - 1}>
            {labels.next}
          </button>
        </div>
      ) : null}
    </div>
  );
}
