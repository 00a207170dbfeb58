import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SeedLocale, SeedStory } from "@/prisma/content/types";

// A demo story with `pictures` shows its images as the newsroom's uploads
// do (responsive variants, credits, a gallery, pictures in the body), so
// they are stored as uploads: JPEGs made once from the SVG art in
// public/images/stories/ (prisma/content/pictures/README.md).

export interface DemoPicture {
  /** Its /media/… address, named by the SHA-256 of its bytes as every upload is. */
  src: string;
  id: string;
  width: number;
  height: number;
  bytes: Uint8Array<ArrayBuffer>;
}

const cache = new Map<string, DemoPicture>();

/** The stored upload of an SVG art file ("jazz-nights.svg" → pictures/jazz-nights.jpg). */
export function demoPicture(file: string): DemoPicture {
  const known = cache.get(file);
  if (known) return known;
  const name = file.replace(/\.svg$/, ".jpg");
  const bytes = new Uint8Array(readFileSync(path.join(process.cwd(), "prisma/content/pictures", name)));
  const { width, height } = imageSize(bytes);
  const id = createHash("sha256").update(bytes).digest("hex");
  const picture = { src: `/media/${id}`, id, width: width!, height: height!, bytes };
  cache.set(file, picture);
  return picture;
}

// Body Markdown names a picture by its art file (`![alt](media:jazz-nights.svg "caption")`),
// since its address is the hash of bytes made at build time.
const MEDIA_LINK = /\]\(media:([a-z0-9-]+\.svg)/g;

/** Every picture a story stores as an upload: the lead image, the body's and the gallery's. */
export function picturesOf(story: SeedStory): DemoPicture[] {
  if (!story.pictures) return [];
  const files = new Set([story.image, ...(story.pictures.gallery ?? []).map((each) => each.file)]);
  for (const translation of Object.values(story.translations)) {
    for (const [, file] of translation.body.matchAll(MEDIA_LINK)) files.add(file!);
  }
  return [...files].map(demoPicture);
}

/** A body with its `media:` links turned into the uploads' addresses. */
export function withUploadLinks(body: string): string {
  return body.replaceAll(MEDIA_LINK, (_, file: string) => `](${demoPicture(file).src}`);
}

/** Stores a story's pictures as uploads, each credited in both languages. */
export async function storeDemoPictures(tx: Prisma.TransactionClient, story: SeedStory): Promise<void> {
  const pictures = picturesOf(story);
  if (pictures.length === 0) return;
  await tx.mediaAsset.createMany({
    data: pictures.map(({ id, bytes, width, height }) => ({
      id,
      contentType: "image/jpeg",
      bytes,
      width,
      height,
    })),
    skipDuplicates: true,
  });
  const credit = story.pictures!.credit;
  await tx.mediaCredit.createMany({
    data: pictures.flatMap(({ id }) =>
      (Object.keys(credit) as SeedLocale[]).map((locale) => ({
        mediaId: id,
        locale,
        credit: credit[locale],
      })),
    ),
    skipDuplicates: true,
  });
}

/** The nested create of a story's gallery, in order, with its words in each language. */
export function galleryOf(story: SeedStory) {
  return {
    create: (story.pictures?.gallery ?? []).map((item, position) => {
      const { id, width, height } = demoPicture(item.file);
      return {
        // From 1, as the newsroom numbers them.
        position: position + 1,
        mediaId: id,
        width,
        height,
        captions: {
          create: (Object.keys(item.caption) as SeedLocale[]).map((locale) => ({
            locale,
            caption: item.caption[locale],
            alt: item.alt[locale],
          })),
        },
      };
    }),
  };
}
