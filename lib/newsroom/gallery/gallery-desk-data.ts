import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";

export type GalleryWordsByLocale = Record<Locale, { caption: string; alt: string; credit: string }>;

export interface GalleryDeskImage {
  id: number;
  mediaId: string;
  width: number;
  height: number;
  words: GalleryWordsByLocale;
}

export interface GalleryDesk {
  storyId: number;
  /** The headline in the newsroom's language where that version exists, else the source's. */
  headline: { text: string; locale: Locale };
  images: GalleryDeskImage[];
}

/** A story's gallery as the newsroom edits it: every language's words side by side. */
export async function loadGalleryDesk(storyId: number, uiLocale: Locale): Promise<GalleryDesk | null> {
  const story = await db().story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      key: true,
      sourceLocale: true,
      translations: { select: { locale: true, headline: true } },
      galleryImages: {
        orderBy: { position: "asc" },
        include: { captions: true, media: { select: { credits: true } } },
      },
    },
  });
  if (!story) return null;
  const titled =
    story.translations.find((t) => t.locale === uiLocale) ??
    story.translations.find((t) => t.locale === story.sourceLocale);
  return {
    storyId: story.id,
    headline: titled
      ? { text: titled.headline, locale: titled.locale }
      : { text: story.key, locale: uiLocale },
    images: story.galleryImages.map((image) => {
      const words = Object.fromEntries(
        routing.locales.map((locale) => {
          const caption = image.captions.find((c) => c.locale === locale);
          const credit = image.media.credits.find((c) => c.locale === locale);
          return [
            locale,
            { caption: caption?.caption ?? "", alt: caption?.alt ?? "", credit: credit?.credit ?? "" },
          ];
        }),
      ) as GalleryWordsByLocale;
      return { id: image.id, mediaId: image.mediaId, width: image.width, height: image.height, words };
    }),
  };
}
