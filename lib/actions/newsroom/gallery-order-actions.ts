"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { ERROR_SUMMARY_ID } from "@/lib/forms/error-summary-id";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { formUiLocale, refuseTo, storyOrHome } from "@/lib/newsroom/forms/action-refusals";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import {
  moveGalleryImage,
  removeGalleryImage,
  setGalleryWords,
  type GalleryResult,
} from "@/lib/newsroom/gallery/gallery-commands";
import { parseGalleryWords } from "@/lib/newsroom/gallery/gallery-fields";
import { galleryFormQuery } from "@/lib/newsroom/gallery/gallery-form";
import { GALLERY_LIMITS } from "@/lib/newsroom/gallery/gallery-limits";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";

const galleryOf = (form: FormData): string => {
  const storyId = formFields.id.safeParse(form.get("storyId"));
  return storyId.success ? newsroomPaths.gallery(formUiLocale(form), storyId.data) : storyOrHome(form);
};

async function finish(result: GalleryResult, form: FormData, done: string, anchor = ""): Promise<never> {
  if (!result.ok) return refuseTo(galleryOf)(result.kind === "forbidden" ? "forbidden" : "invalid", form);
  await expireTags(result);
  redirect(`${galleryOf(form)}?done=${done}${anchor}`);
}

const orderInput = z.object({
  storyId: formFields.id,
  imageId: formFields.id,
  direction: z.enum(["earlier", "later"]),
});

/** Moves a picture one place earlier or later: two plain buttons, no script needed. */
export const moveGalleryImageAction = guardedAction({
  schema: orderInput,
  permission: { type: "story.edit" },
  refuse: refuseTo(galleryOf),
  run: async (user, input, form) =>
    finish(await moveGalleryImage(user, input), form, "moved", `#gallery-image-${input.imageId}`),
});

const removeInput = z.object({ storyId: formFields.id, imageId: formFields.id });

export const removeGalleryImageAction = guardedAction({
  schema: removeInput,
  permission: { type: "story.edit" },
  refuse: refuseTo(galleryOf),
  run: async (user, input, form) => finish(await removeGalleryImage(user, input), form, "removed"),
});

const typedText = formFields.text(GALLERY_LIMITS.caption * 2);
const wordsInput = z.object({
  storyId: formFields.id,
  imageId: formFields.id,
  target: formFields.locale,
  caption: typedText,
  alt: typedText,
  credit: typedText,
});

/** One language's caption, alt text and credit of a picture: that language's desk may change them. */
export const setGalleryWordsAction = guardedAction({
  schema: wordsInput,
  permission: (input) => ({ type: "translation.edit", locale: input.target }),
  refuse: refuseTo(galleryOf),
  run: async (user, input, form) => {
    const parsed = parseGalleryWords(input, false);
    if (!parsed.ok) {
      const typed = { caption: input.caption, alt: input.alt, credit: input.credit };
      const query = galleryFormQuery(`${input.imageId}-${input.target}`, parsed.errors, typed);
      redirect(`${galleryOf(form)}?${query}#${ERROR_SUMMARY_ID}`);
    }
    const { imageId, storyId, target } = input;
    const result = await setGalleryWords(user, { storyId, imageId, locale: target, ...parsed.words });
    return finish(result, form, "words", `#gallery-image-${imageId}`);
  },
});
