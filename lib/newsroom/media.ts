import "server-only";
import { createHash } from "node:crypto";
import { imageSize } from "image-size";
import { db } from "@/lib/db/client";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
// Raster formats only: an uploaded SVG could carry script.
const TYPES: Record<string, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" };

export type UploadResult =
  | { ok: true; src: string; width: number; height: number }
  | { ok: false; error: "imageType" | "imageTooLarge" };

/** Stores an uploaded image after checking what it really is (not what it claims). */
export async function storeImage(bytes: Uint8Array): Promise<UploadResult> {
  if (bytes.byteLength > MAX_IMAGE_BYTES) return { ok: false, error: "imageTooLarge" };
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return { ok: false, error: "imageType" };
  }
  const contentType = size.type ? TYPES[size.type] : undefined;
  if (!contentType || !size.width || !size.height) return { ok: false, error: "imageType" };
  const id = createHash("sha256").update(bytes).digest("hex");
  await db().mediaAsset.upsert({
    where: { id },
    create: { id, contentType, bytes: Buffer.from(bytes), width: size.width, height: size.height },
    update: {},
  });
  return { ok: true, src: mediaPath(id), width: size.width, height: size.height };
}

export function mediaPath(id: string): string {
  return `/media/${id}`;
}

export async function loadImage(id: string): Promise<{ contentType: string; bytes: Uint8Array } | null> {
  if (!/^[0-9a-f]{64}$/.test(id)) return null;
  const asset = await db().mediaAsset.findUnique({
    where: { id },
    select: { contentType: true, bytes: true },
  });
  return asset ? { contentType: asset.contentType, bytes: asset.bytes } : null;
}

/** Images a story may reuse: the ones shipped with the site and every upload. */
export async function imageLibrary(): Promise<{ src: string; width: number; height: number }[]> {
  const uploads = await db().mediaAsset.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, width: true, height: true },
    take: 200,
  });
  const stories = await db().story.findMany({
    where: { leadImageSrc: { startsWith: "/images/" } },
    distinct: ["leadImageSrc"],
    select: { leadImageSrc: true, leadImageWidth: true, leadImageHeight: true },
  });
  return [
    ...uploads.map((upload) => ({ src: mediaPath(upload.id), width: upload.width, height: upload.height })),
    ...stories.map((story) => ({
      src: story.leadImageSrc!,
      width: story.leadImageWidth ?? 1200,
      height: story.leadImageHeight ?? 675,
    })),
  ];
}
