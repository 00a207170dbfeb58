"use client";

import { Activity, type ComponentType } from "react";
import { splitComponent } from "@/components/islands/split-component";

// Most stories have no gallery, embed or live coverage: their code stays out
// of every story page's JavaScript (issue 9's budget, 5 KB over a bare Next
// page), in one chunk fetched by a page that shows one of them.
type Code = typeof import("@/components/islands/story-islands-code");

const serverCode: Code | null =
  typeof window === "undefined" ? await import("@/components/islands/story-islands-code") : null;
const load = () => import("@/components/islands/story-islands-code");

/**
 * Inside an Activity boundary the server's HTML stays in place, not
 * hydrated, while the chunk loads, and the rest of the page hydrates
 * meanwhile. (Not a Suspense boundary: see components/islands/split-component.ts
 * and components/comments/deferred-comment-form.tsx.)
 */
function island<P extends object>(pick: (code: Code) => ComponentType<P>): ComponentType<P> {
  const Component = splitComponent(serverCode, load, pick);
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
