import "server-only";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { focalCropBox, OG_SIZE, type FocalPoint } from "@/lib/media/focal-crop";
import { loadImage } from "@/lib/newsroom/media/image-store";

// Kept on disk beside the responsive variants: the crop of given bytes
// around a given point never changes.
const CACHE_DIR = path.join(process.cwd(), ".next", "cache", "media-variants");
const pending = new Map<string, Promise<Buffer | null>>();

async function encode(id: string, focus: FocalPoint): Promise<Buffer | null> {
  const original = await loadImage(id);
  if (!original) return null;
  const { width = 0, height = 0 } = await sharp(original.bytes).metadata();
  if (width === 0 || height === 0) return null;
  return sharp(original.bytes)
    .extract(focalCropBox({ width, height }, focus))
    .resize(OG_SIZE.width, OG_SIZE.height, { fit: "fill" })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

async function cachedOrEncoded(id: string, focus: FocalPoint): Promise<Buffer | null> {
  const file = path.join(CACHE_DIR, `${id}-og-${focus.x}-${focus.y}.jpg`);
  const cached = await readFile(file).catch(() => null);
  if (cached) return cached;
  const bytes = await encode(id, focus);
  if (bytes) {
    await mkdir(CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, file);
  }
  return bytes;
}

/** The 1200 × 630 link-preview crop of an upload; null when there is no such upload. */
export async function ogImage(id: string, focus: FocalPoint): Promise<Buffer | null> {
  const key = `${id}-${focus.x}-${focus.y}`;
  let job = pending.get(key);
  if (!job) {
    job = cachedOrEncoded(id, focus).finally(() => pending.delete(key));
    pending.set(key, job);
  }
  return job;
}
