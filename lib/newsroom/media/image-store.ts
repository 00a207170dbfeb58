import "server-only";
import type { Locale } from "next-intl";
import { createHash } from "node:crypto";
import { imageSize } from "image-size";
import sharp from "sharp";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { IMAGE_LIMITS, UPLOAD_QUOTA } from "@/lib/newsroom/media/image-limits";

// Raster formats only: an uploaded SVG could carry script.
const TYPES: Record<string, { contentType: string; format: "png" | "jpeg" | "webp" }> = {
  png: { contentType: "image/png", format: "png" },
  jpg: { contentType: "image/jpeg", format: "jpeg" },
  webp: { contentType: "image/webp", format: "webp" },
};

export type UploadError = "imageType" | "imageTooLarge" | "imageDimensions" | "uploadQuota";
export type UploadResult =
  { ok: true; src: string; width: number; height: number } | { ok: false; error: UploadError };

/** Checks an upload's real type and size from its header, without decoding it. */
function inspect(
  bytes: Uint8Array,
): { ok: true; format: "png" | "jpeg" | "webp"; contentType: string } | { ok: false; error: UploadError } {
  if (bytes.byteLength > IMAGE_LIMITS.bytes) return { ok: false, error: "imageTooLarge" };
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return { ok: false, error: "imageType" };
  }
  const type = size.type ? TYPES[size.type] : undefined;
  if (!type || !size.width || !size.height) return { ok: false, error: "imageType" };
  const tooBig =
    size.width > IMAGE_LIMITS.side ||
    size.height > IMAGE_LIMITS.side ||
    size.width * size.height > IMAGE_LIMITS.pixels;
  return tooBig ? { ok: false, error: "imageDimensions" } : { ok: true, ...type };
}

/** Why an upload would be refused, judged from its bytes alone (nothing is stored). */
export function uploadProblem(bytes: Uint8Array): UploadError | null {
  const type = inspect(bytes);
  return type.ok ? null : type.error;
}

/**
 * Decodes and re-encodes the image: what is stored is only pixels sharp
 * produced (metadata, appended files and polyglot tricks are gone), with
 * the EXIF orientation applied. sharp works off the event loop.
 */
async function reencode(
  bytes: Uint8Array,
  format: "png" | "jpeg" | "webp",
): Promise<{ data: Buffer; width: number; height: number } | UploadError> {
  try {
    const image = sharp(bytes, { limitInputPixels: IMAGE_LIMITS.pixels, failOn: "error" }).rotate();
    const encoded =
      format === "png"
        ? image.png({ compressionLevel: 8 })
        : format === "jpeg"
          ? image.jpeg({ quality: 86, mozjpeg: true })
          : image.webp({ quality: 86 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    return "imageType";
  }
}

/**
 * Stores an image uploaded by a member whose right to change stories was
 * already checked: real type, bounded dimensions, re-encoded, within the
 * member's quota. The quota check and the insert run under a per-member
 * lock, so concurrent uploads cannot overshoot it.
 */
export async function storeImage(bytes: Uint8Array, uploaderId: string): Promise<UploadResult> {
  const type = inspect(bytes);
  if (!type.ok) return type;
  const { format, contentType } = type;
  const encoded = await reencode(bytes, format);
  if (typeof encoded === "string") return { ok: false, error: encoded };
  const id = createHash("sha256").update(encoded.data).digest("hex");
  const stored = await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`upload:${uploaderId}`}))`;
    const since = new Date(Date.now() - UPLOAD_QUOTA.windowHours * 3_600_000);
    const [usage] = await tx.$queryRaw<{ files: bigint; bytes: bigint | null }[]>`
      SELECT count(*) AS files, sum(octet_length("bytes")) AS bytes
      FROM "MediaAsset" WHERE "uploadedById" = ${uploaderId} AND "createdAt" > ${since}`;
    const files = Number(usage?.files ?? 0);
    const used = Number(usage?.bytes ?? 0);
    if (files >= UPLOAD_QUOTA.files || used + encoded.data.byteLength > UPLOAD_QUOTA.bytes) return false;
    await tx.mediaAsset.upsert({
      where: { id },
      create: {
        id,
        contentType,
        bytes: new Uint8Array(encoded.data),
        width: encoded.width,
        height: encoded.height,
        uploadedById: uploaderId,
      },
      update: {},
    });
    await recordAudit(tx, {
      actorId: uploaderId,
      action: "media.upload",
      subject: `media:${id}`,
      details: { width: encoded.width, height: encoded.height, bytes: encoded.data.byteLength },
    });
    return true;
  });
  if (!stored) return { ok: false, error: "uploadQuota" };
  return { ok: true, src: mediaPath(id), width: encoded.width, height: encoded.height };
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

/** A library image and, where a story gives it one, its description in the newsroom's language. */
export interface LibraryImage {
  src: string;
  width: number;
  height: number;
  description: string | null;
}

/** Images a story may reuse: the ones shipped with the site and every upload. */
export async function imageLibrary(locale: Locale): Promise<LibraryImage[]> {
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
  const images = [
    ...uploads.map((upload) => ({ src: mediaPath(upload.id), width: upload.width, height: upload.height })),
    ...stories.map((story) => ({
      src: story.leadImageSrc!,
      width: story.leadImageWidth ?? 1200,
      height: story.leadImageHeight ?? 675,
    })),
  ];
  // A chooser's radio is named by its picture, so each picture needs words:
  // the alt text a story in this language already wrote for it.
  const described = await db().storyTranslation.findMany({
    where: { locale, leadImageAlt: { not: "" }, story: { leadImageSrc: { in: images.map((i) => i.src) } } },
    select: { leadImageAlt: true, story: { select: { leadImageSrc: true } } },
    orderBy: { id: "asc" },
  });
  const descriptions = new Map<string, string>();
  for (const row of described) {
    if (row.story.leadImageSrc && !descriptions.has(row.story.leadImageSrc)) {
      descriptions.set(row.story.leadImageSrc, row.leadImageAlt);
    }
  }
  return images.map((image) => ({ ...image, description: descriptions.get(image.src) ?? null }));
}
