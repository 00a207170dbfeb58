// Responsive variants of uploaded images: which widths and formats exist and
// their URLs. Only these widths are made, so nobody can ask the server to
// encode (and store) an image at every width from 1 to 12,000.
export const VARIANT_WIDTHS = [320, 480, 640, 960, 1280] as const;
export type VariantWidth = (typeof VARIANT_WIDTHS)[number];

// AVIF first: a browser takes the first <source> whose type it supports.
export const VARIANT_FORMATS = { avif: "image/avif", webp: "image/webp" } as const;
export type VariantFormat = keyof typeof VARIANT_FORMATS;

// Uploads are served from /media/<sha-256 of their bytes> (lib/newsroom/media/image-store.ts).
const UPLOAD_SRC = /^\/media\/([0-9a-f]{64})$/;

/** The upload id behind an image src, or null for images shipped in public/ (SVG art). */
export function uploadId(src: string): string | null {
  return UPLOAD_SRC.exec(src)?.[1] ?? null;
}

export function variantPath(id: string, width: VariantWidth, format: VariantFormat): string {
  return `/media/${id}/${width}.${format}`;
}

/** Reads "640.avif"; null for any width or format outside the fixed set. */
export function parseVariant(name: string): { width: VariantWidth; format: VariantFormat } | null {
  const match = /^([1-9]\d{2,3})\.(avif|webp)$/.exec(name);
  if (!match) return null;
  const width = VARIANT_WIDTHS.find((each) => each === Number(match[1]));
  return width ? { width, format: match[2] as VariantFormat } : null;
}

/** srcset candidates no wider than the original, plus the smallest when the original is narrower still. */
export function variantSrcSet(id: string, naturalWidth: number, format: VariantFormat): string {
  const widths = VARIANT_WIDTHS.filter((width) => width <= naturalWidth);
  return (widths.length > 0 ? widths : [VARIANT_WIDTHS[0]])
    .map((width) => `${variantPath(id, width, format)} ${Math.min(width, naturalWidth)}w`)
    .join(", ");
}
