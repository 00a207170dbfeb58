import type { EnteredGalleryForm } from "@/lib/newsroom/gallery/gallery-form";
import { GALLERY_LIMITS } from "@/lib/newsroom/gallery/gallery-limits";
import { imageLimitArgs } from "@/lib/newsroom/media/image-limits";

const KNOWN = [
  "required",
  "tooLong",
  "invalidCharacters",
  "imageType",
  "imageTooLarge",
  "imageDimensions",
  "uploadQuota",
  "full",
] as const;

export type GalleryErrorKey = (typeof KNOWN)[number] | "fileRequired";

/** The numbers the error messages quote. */
export const galleryErrorArgs = { ...imageLimitArgs, max: GALLERY_LIMITS.images, viewerGender: "other" };

/** A refused field's message key (an unknown code reads as "required": the field needs attention). */
export function galleryErrorKey(
  typed: EnteredGalleryForm | null,
  field: string,
): GalleryErrorKey | undefined {
  const code = typed?.errors[field];
  if (!code) return undefined;
  if (field === "upload" && code === "required") return "fileRequired";
  return KNOWN.find((known) => known === code) ?? "required";
}
