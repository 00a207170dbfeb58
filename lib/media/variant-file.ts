import "server-only";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { VARIANT_FORMATS, type VariantFormat, type VariantWidth } from "@/lib/media/image-variants";
import { loadImage } from "@/lib/newsroom/media/image-store";

// Encoded once per instance and kept on disk: an upload's bytes never change
// (its id is their hash), so neither does any variant of it.
const CACHE_DIR = path.join(process.cwd(), ".next", "cache", "media-variants");
const pending = new Map<string, Promise<Buffer | null>>();

async function encode(id: string, width: VariantWidth, format: VariantFormat): Promise<Buffer | null> {
  const original = await loadImage(id);
  if (!original) return null;
  const resized = sharp(original.bytes).resize({ width, withoutEnlargement: true });
  // Qualities that look like the original at reading sizes; AVIF's scale is lower for the same look.
  return format === "avif"
    ? resized.avif({ quality: 50, effort: 4 }).toBuffer()
    : resized.webp({ quality: 75 }).toBuffer();
}

async function cachedOrEncoded(
  id: string,
  width: VariantWidth,
  format: VariantFormat,
): Promise<Buffer | null> {
  const file = path.join(CACHE_DIR, `${id}-${width}.${format}`);
  const cached = await readFile(file).catch(() => null);
  if (cached) return cached;
  const bytes = await encode(id, width, format);
  if (bytes) {
    await mkdir(CACHE_DIR, { recursive: true });
    // Written aside and renamed, so a concurrent reader never sees half a file.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, file);
  }
  return bytes;
}

/** A variant of an upload, made on first request; null when there is no such upload. */
export async function imageVariant(
  id: string,
  width: VariantWidth,
  format: VariantFormat,
): Promise<{ bytes: Buffer; contentType: string } | null> {
  const key = `${id}-${width}.${format}`;
  // Concurrent first requests for one variant share one encoding.
  let job = pending.get(key);
  if (!job) {
    job = cachedOrEncoded(id, width, format).finally(() => pending.delete(key));
    pending.set(key, job);
  }
  const bytes = await job;
  return bytes ? { bytes, contentType: VARIANT_FORMATS[format] } : null;
}
