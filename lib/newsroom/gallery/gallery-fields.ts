import { z } from "zod";
import { text, fieldErrorCodes, type FieldErrorCode } from "@/lib/newsroom/editor/translation-fields";
import { GALLERY_LIMITS } from "@/lib/newsroom/gallery/gallery-limits";

// Kept in step with CREDIT_MAX_LENGTH (lib/newsroom/media/media-credits.ts),
// which is server-only; a unit test compares them.
export const GALLERY_CREDIT_MAX = 120;

/** One language's words for a picture; `creditRequired` on upload, where the credit must come with it. */
export const galleryWordsSchema = (creditRequired: boolean) =>
  z.object({
    caption: text(GALLERY_LIMITS.caption, false),
    alt: text(GALLERY_LIMITS.alt, creditRequired),
    credit: text(GALLERY_CREDIT_MAX, creditRequired),
  });

export type GalleryWordsField = "caption" | "alt" | "credit";
export type GalleryWords = z.output<ReturnType<typeof galleryWordsSchema>>;

export function parseGalleryWords(
  input: { caption: string; alt: string; credit: string },
  creditRequired: boolean,
):
  | { ok: true; words: GalleryWords }
  | { ok: false; errors: Partial<Record<GalleryWordsField, FieldErrorCode>> } {
  const parsed = galleryWordsSchema(creditRequired).safeParse(input);
  if (parsed.success) return { ok: true, words: parsed.data };
  return { ok: false, errors: fieldErrorCodes<GalleryWordsField>(parsed.error.issues) };
}
