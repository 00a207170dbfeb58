import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { bodyImageIds } from "@/lib/markdown/body-images";
import { pictureCredits } from "@/lib/stories/picture-credits";
import type { StoryPicture } from "@/lib/stories/story-types";

/** A story's gallery in one language: order, dimensions, caption, alt and the upload's credit. */
export async function storyGallery(storyId: number, locale: Locale): Promise<StoryPicture[]> {
  const rows = await db().storyGalleryImage.findMany({
    where: { storyId },
    orderBy: { position: "asc" },
    include: { captions: { where: { locale } } },
  });
  const credits = await pictureCredits(
    rows.map((row) => row.mediaId),
    locale,
  );
  return rows.map((row) => ({
    mediaId: row.mediaId,
    width: row.width,
    height: row.height,
    alt: row.captions[0]?.alt ?? "",
    caption: row.captions[0]?.caption ?? "",
    credit: credits.get(row.mediaId) ?? null,
  }));
}

/** The uploads a body shows, with dimensions and credit in the page's language. */
export async function bodyPictures(body: string, locale: Locale): Promise<StoryPicture[]> {
  const ids = bodyImageIds(body);
  if (ids.length === 0) return [];
  const [assets, credits] = await Promise.all([
    db().mediaAsset.findMany({ where: { id: { in: ids } }, select: { id: true, width: true, height: true } }),
    pictureCredits(ids, locale),
  ]);
  return assets.map((asset) => ({
    mediaId: asset.id,
    width: asset.width,
    height: asset.height,
    alt: "",
    caption: "",
    credit: credits.get(asset.id) ?? null,
  }));
}
