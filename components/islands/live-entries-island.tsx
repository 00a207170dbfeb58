"use client";

import { lazy, type ComponentProps, type ComponentType } from "react";
import type { LiveEntriesList } from "@/components/live/live-entries-list";
import { island } from "@/components/islands/island";

// Fetched only by a live page (see gallery-carousel-island.tsx).
const Entries: ComponentType<ComponentProps<typeof LiveEntriesList>> =
  typeof window === "undefined"
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require("@/components/live/live-entries-list") as typeof import("@/components/live/live-entries-list"))
        .LiveEntriesList
    : lazy(() =>
        import("@/components/live/live-entries-list").then((module) => ({ default: module.LiveEntriesList })),
      );

export const LiveEntriesIsland = island(Entries);
