"use client";

import { Activity, lazy, type ComponentType } from "react";

// Most stories have no gallery, embed or live coverage: their code stays out
// of every story page's JavaScript (issue 9's budget, 5 KB over a bare Next
// page), in one chunk fetched by a page that shows one of them. On the
// server it is imported at once: a lazy component would suspend, and the
// part of a streamed page that waits comes after the page, hidden until a
// script shows it. Next compiles `typeof window` to a constant, so the
// client bundle keeps only the lazy import.
type Code = typeof import("@/components/islands/story-islands-code");

const serverCode: Code | null =
  typeof window === "undefined" ? await import("@/components/islands/story-islands-code") : null;

/**
 * Inside an Activity boundary the server's HTML stays in place, not
 * hydrated, while the chunk loads, and the rest of the page hydrates
 * meanwhile. (Not a Suspense boundary, for the reason above; see also
 * components/comments/deferred-comment-form.tsx.)
 */
function island<P extends object>(pick: (code: Code) => ComponentType<P>): ComponentType<P> {
  const Component: ComponentType<P> = serverCode
    ? pick(serverCode)
    : lazy(() => import("@/components/islands/story-islands-code").then((code) => ({ default: pick(code) })));
  return function Island(props: P) {
    return (
      <Activity mode="visible">
        <Component {...props} />
      </Activity>
    );
  };
}

export const GalleryCarouselIsland = island((code) => code.GalleryCarousel);
export const EmbedPlayerIsland = island((code) => code.EmbedPlayer);
export const LiveEntriesIsland = island((code) => code.LiveEntriesList);
