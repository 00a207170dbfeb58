"use client";

import { lazy, type ComponentProps, type ComponentType } from "react";
import type { EmbedPlayer } from "@/components/embeds/embed-player";
import { island } from "@/components/islands/island";

// Fetched only by a page with an embed (see gallery-carousel-island.tsx).
const Player: ComponentType<ComponentProps<typeof EmbedPlayer>> =
  typeof window === "undefined"
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require("@/components/embeds/embed-player") as typeof import("@/components/embeds/embed-player"))
        .EmbedPlayer
    : lazy(() =>
        import("@/components/embeds/embed-player").then((module) => ({ default: module.EmbedPlayer })),
      );

export const EmbedPlayerIsland = island(Player);
