"use client";

import { lazy, type ComponentProps, type ComponentType } from "react";
import type { GalleryCarousel } from "@/components/gallery-carousel";
import { island } from "@/components/islands/island";

// Most stories have no gallery: its code stays out of every story page's
// JavaScript (issue 9's budget, 5 KB over a bare Next page) and is fetched
// by a page that shows one. On the server it is imported at once (a lazy
// one would suspend); Next compiles `typeof window` to a constant, so the
// client bundle keeps only the lazy one.
const Carousel: ComponentType<ComponentProps<typeof GalleryCarousel>> =
  typeof window === "undefined"
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require("@/components/gallery-carousel") as typeof import("@/components/gallery-carousel"))
        .GalleryCarousel
    : lazy(() =>
        import("@/components/gallery-carousel").then((module) => ({ default: module.GalleryCarousel })),
      );

export const GalleryCarouselIsland = island(Carousel);
