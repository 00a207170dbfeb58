// The Open Graph / Twitter picture: 1200 × 630, cut from an upload around its
// focal point. The focus is in the URL (/media/<id>/og-<x>-<y>.jpg), so each
// crop is immutable and cached for good; a new focal point is a new URL.
export const OG_SIZE = { width: 1200, height: 630 } as const;

export interface FocalPoint {
  x: number;
  y: number;
}

export interface CropBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * The largest box of the target's shape inside the picture, centred on the
 * focal point as far as the edges allow: a subject near an edge moves off
 * the crop's centre rather than the crop leaving the picture.
 */
export function focalCropBox(
  image: { width: number; height: number },
  focus: FocalPoint,
  target: { width: number; height: number } = OG_SIZE,
): CropBox {
  const ratio = target.width / target.height;
  const wide = image.width / image.height > ratio;
  const width = wide ? Math.max(1, Math.round(image.height * ratio)) : image.width;
  const height = wide ? image.height : Math.max(1, Math.round(image.width / ratio));
  const centreX = (clamp(focus.x, 0, 100) / 100) * image.width;
  const centreY = (clamp(focus.y, 0, 100) / 100) * image.height;
  return {
    left: clamp(Math.round(centreX - width / 2), 0, image.width - width),
    top: clamp(Math.round(centreY - height / 2), 0, image.height - height),
    width,
    height,
  };
}

// One spelling per point (no "og-050-7"), so the cache holds each crop once.
const PERCENT = "(0|[1-9]\\d?|100)";
const OG_NAME = new RegExp(`^og-${PERCENT}-${PERCENT}\\.jpg$`);

export function ogImagePath(id: string, focus: FocalPoint): string {
  return `/media/${id}/og-${clamp(Math.round(focus.x), 0, 100)}-${clamp(Math.round(focus.y), 0, 100)}.jpg`;
}

/** Reads "og-30-70.jpg"; null for anything else. */
export function parseOgName(name: string): FocalPoint | null {
  const match = OG_NAME.exec(name);
  return match ? { x: Number(match[1]), y: Number(match[2]) } : null;
}
