"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { ERROR_SUMMARY_ID } from "@/lib/forms/error-summary-id";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { formUiLocale, refuseTo, storyOrHome } from "@/lib/newsroom/forms/action-refusals";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { addGalleryImage, setGalleryWords } from "@/lib/newsroom/gallery/gallery-commands";
import { parseGalleryWords } from "@/lib/newsroom/gallery/gallery-fields";
import { galleryFormQuery } from "@/lib/newsroom/gallery/gallery-form";
import { GALLERY_LIMITS } from "@/lib/newsroom/gallery/gallery-limits";
import { storeImage, uploadProblem } from "@/lib/newsroom/media/image-store";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";

const galleryOf = (form: FormData): string => {
  const storyId = formFields.id.safeParse(form.get("storyId"));
  return storyId.success ? newsroomPaths.gallery(formUiLocale(form), storyId.data) : storyOrHome(form);
};
// Bounded here so nothing long is echoed back; the command checks precisely.
const typedText = formFields.text(GALLERY_LIMITS.caption * 2);
const WORD_FIELDS = routing.locales.flatMap((locale) => [`alt-${locale}`, `caption-${locale}`]);

const uploadInput = z.object({
  storyId: formFields.id,
  upload: formFields.file,
  credit: typedText,
  ...Object.fromEntries(WORD_FIELDS.map((field) => [field, typedText])),
});

function typedUpload(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of ["credit", ...WORD_FIELDS]) {
    const value = form.get(field);
    if (typeof value === "string" && value !== "") values[field] = value;
  }
  return values;
}

// Typed on the name, so that TypeScript narrows after a call.
const backToUpload: (form: FormData, errors: Record<string, string>) => never = (form, errors) =>
  redirect(`${galleryOf(form)}?${galleryFormQuery("upload", errors, typedUpload(form))}#${ERROR_SUMMARY_ID}`);

/**
 * Uploads a picture into the gallery with its credit and alt text in the
 * newsroom's language (required) and captions in any language. Every field
 * is checked before the upload is stored, and every problem named at once.
 */
export const uploadGalleryImageAction = guardedAction({
  schema: uploadInput,
  permission: { type: "story.edit" },
  refuse: (why, form) => (why === "invalid" ? backToUpload(form, {}) : refuseTo(galleryOf)(why, form)),
  run: async (user, input, form) => {
    const uiLocale = formUiLocale(form);
    const text = (field: string) => String(form.get(field) ?? "");
    const errors: Record<string, string> = {};
    const words = routing.locales.map((locale) => {
      const own = locale === uiLocale;
      const parsed = parseGalleryWords(
        { caption: text(`caption-${locale}`), alt: text(`alt-${locale}`), credit: own ? input.credit : "" },
        own,
      );
      if (!parsed.ok) {
        for (const [field, code] of Object.entries(parsed.errors)) {
          errors[field === "credit" ? "credit" : `${field}-${locale}`] = code;
        }
      }
      return { locale, words: parsed.ok ? parsed.words : null };
    });
    const bytes = input.upload ? new Uint8Array(await input.upload.arrayBuffer()) : null;
    const imageError = bytes ? uploadProblem(bytes) : "required";
    if (imageError) errors.upload = imageError;
    if (Object.keys(errors).length > 0 || !bytes) backToUpload(form, errors);
    const stored = await storeImage(bytes, user.id);
    if (!stored.ok) backToUpload(form, { upload: stored.error });
    const mediaId = stored.src.slice("/media/".length);
    const added = await addGalleryImage(user, {
      storyId: input.storyId,
      mediaId,
      width: stored.width,
      height: stored.height,
    });
    if (!added.ok && added.kind === "full") backToUpload(form, { upload: "full" });
    if (!added.ok || added.imageId === undefined) return refuseTo(galleryOf)("invalid", form);
    const tags = new Set(added.tags);
    for (const { locale, words: entered } of words) {
      if (!entered) continue;
      const saved = await setGalleryWords(user, {
        storyId: input.storyId,
        imageId: added.imageId,
        locale,
        caption: entered.caption,
        alt: entered.alt,
        ...(locale === uiLocale ? { credit: entered.credit } : {}),
      });
      if (saved.ok) saved.tags.forEach((tag) => tags.add(tag));
    }
    await expireTags({ tags: [...tags] });
    redirect(`${galleryOf(form)}?done=added`);
  },
});
