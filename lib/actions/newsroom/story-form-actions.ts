"use server";

import type { Locale } from "next-intl";
import { redirect } from "next/navigation";
import { z } from "zod";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedAction, guardedStateAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { formUiLocale, refuseTo, storyOrHome } from "@/lib/newsroom/forms/action-refusals";
import { storeImage, uploadProblem, type UploadError } from "@/lib/newsroom/media/image-store";
import { CREDIT_MAX_LENGTH } from "@/lib/newsroom/media/media-credits";
import {
  createStory,
  MAX_STORY_TOPICS,
  updateStoryDetails,
  type LeadImage,
} from "@/lib/newsroom/editor/story-details";
import { parseTranslationFields } from "@/lib/newsroom/editor/translation-fields";
import { ARTICLE_KINDS, STORY_KINDS } from "@/lib/stories/story-kinds";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { refusedDetailsPath } from "@/lib/newsroom/forms/entered-details";
import {
  TRANSLATION_FIELDS,
  translationText,
  enteredStrings,
  enteredValues,
  refusedTextFields,
} from "@/lib/actions/newsroom/translation-form-fields";

export interface CreateState {
  values: Record<string, string>;
  errors: Partial<Record<string, string>>;
  problem: "invalid" | "forbidden" | null;
}

const imageChoice = z
  .string()
  .max(200)
  .optional()
  .transform((value): LeadImage | null => {
    const [src, width, height] = (value ?? "").split("|");
    return src ? { src, width: Number(width), height: Number(height) } : null;
  });

/** The lead image: an upload (stored now, for an allowed member) wins over a library choice. */
async function chosenImage(
  user: NewsroomUser,
  upload: Uint8Array | null,
  choice: LeadImage | null,
): Promise<{ image: LeadImage | null; error?: UploadError }> {
  if (!upload) return { image: choice };
  const stored = await storeImage(upload, user.id);
  return stored.ok ? { image: stored } : { image: null, error: stored.error };
}

/** An image as the chooser's radio sends it. */
const imageChoiceValue = (image: LeadImage) => `${image.src}|${image.width}|${image.height}`;

async function uploadBytes(upload: File | null): Promise<Uint8Array | null> {
  return upload ? new Uint8Array(await upload.arrayBuffer()) : null;
}

// Bounded loosely here, so that a long credit is refused by its own field with what was typed kept.
const creditText = formFields.text(CREDIT_MAX_LENGTH * 8).optional();

/** Why the credit typed with an image is refused: an upload must say who made the picture. */
function creditProblem(credit: string | undefined, upload: Uint8Array | null): "required" | "tooLong" | null {
  const text = credit?.trim() ?? "";
  if (text.length > CREDIT_MAX_LENGTH) return "tooLong";
  return upload && text === "" ? "required" : null;
}

const typedCredit = (locale: Locale, credit: string | undefined) =>
  credit?.trim() ? { locale, text: credit.trim() } : undefined;

const createInput = z.object({
  kind: z.enum(STORY_KINDS).catch("news"),
  sourceLocale: formFields.locale.optional().catch(undefined),
  sectionId: formFields.id.optional().catch(undefined),
  authorIds: formFields.ids(20),
  image: imageChoice,
  upload: formFields.file,
  imageCredit: creditText,
  ...translationText,
});

const CREATE_FIELDS = [
  "kind",
  "sourceLocale",
  "sectionId",
  ...TRANSLATION_FIELDS,
  "image",
  "imageCredit",
] as const;
// The ticked authors go back too (as "3,7"): a refused form once came back without its byline.
const createValues = (form: FormData): Record<string, string> => ({
  ...enteredStrings(form, CREATE_FIELDS),
  authorIds: form
    .getAll("authorIds")
    .slice(0, 20)
    .map((id) => String(id).slice(0, 12))
    .join(","),
});

export const createStoryAction = guardedStateAction<typeof createInput, CreateState>({
  schema: createInput,
  permission: { type: "story.create" },
  refuse: (why, form) => {
    if (why === "signed-out") redirect(newsroomPaths.signIn(formUiLocale(form)));
    const errors = why === "invalid" ? refusedTextFields(form) : {};
    return { values: createValues(form), errors, problem: why === "forbidden" ? "forbidden" : "invalid" };
  },
  run: async (user, input, form) => {
    const values = createValues(form);
    const fields = enteredValues(form);
    // Text and image are both checked before the upload is stored, so a form
    // sent back for a missing summary leaves no image behind, and every
    // problem is shown at once.
    const upload = await uploadBytes(input.upload);
    const checked = parseTranslationFields(fields);
    const imageError = upload ? uploadProblem(upload) : null;
    const creditError = creditProblem(input.imageCredit, upload);
    if (!checked.ok || imageError || creditError) {
      const errors = {
        ...(checked.ok ? {} : checked.errors),
        ...(imageError ? { image: imageError } : {}),
        ...(creditError ? { imageCredit: creditError } : {}),
      };
      // A sound upload sent with a refused text is kept as this member's
      // upload and offered again as the chosen image: a browser cannot
      // refill a file input, and the picture once had to be found again.
      if (upload && !imageError) {
        const kept = await chosenImage(user, upload, null);
        if (kept.error) return { values, errors: { ...errors, image: kept.error }, problem: "invalid" };
        if (kept.image) values.image = imageChoiceValue(kept.image);
      }
      return { values, errors, problem: "invalid" };
    }
    const { image, error } = await chosenImage(user, upload, input.image);
    if (error) return { values, errors: { image: error }, problem: "invalid" };
    const sourceLocale = input.sourceLocale ?? formUiLocale(form);
    const result = await createStory(user, {
      kind: input.kind,
      sourceLocale,
      credit: typedCredit(sourceLocale, input.imageCredit),
      sectionId: input.sectionId ?? 0,
      authorIds: input.authorIds,
      image,
      fields,
    });
    if (!result.ok) {
      return { values, errors: result.kind === "invalid" ? result.errors : {}, problem: result.kind };
    }
    redirect(newsroomPaths.story(formUiLocale(form), result.storyId));
  },
});

const detailsInput = z.object({
  storyId: formFields.id,
  sectionId: formFields.id.optional().catch(undefined),
  authorIds: formFields.ids(20),
  topicIds: formFields.ids(MAX_STORY_TOPICS),
  topicsShown: z.literal("1").optional().catch(undefined),
  // Absent for live coverage, whose form has no kind to choose.
  kind: z.enum(ARTICLE_KINDS).optional(),
  image: imageChoice,
  upload: formFields.file,
  imageCredit: creditText,
  focusX: formFields.percent,
  focusY: formFields.percent,
});

export const updateDetailsAction = guardedAction({
  schema: detailsInput,
  permission: { type: "story.edit" },
  // Eleven topics ticked fails the schema: the ticks still go back with the refusal.
  refuse: (why, form) => {
    if (why === "signed-out" || !formFields.id.safeParse(form.get("storyId")).success) {
      return refuseTo(storyOrHome)(why, form);
    }
    redirect(refusedDetailsPath(storyOrHome(form), why, form));
  },
  run: async (user, input, form) => {
    const story = newsroomPaths.story(formUiLocale(form), input.storyId);
    // A refusal goes back with every choice made, anchored to the error summary.
    // Typed on the name, so that TypeScript narrows after a call.
    const upload = await uploadBytes(input.upload);
    const { image, error } = await chosenImage(user, upload, input.image);
    // An upload stored before another choice is refused comes back chosen.
    const chosen = image ? imageChoiceValue(image) : "";
    const refused: (problem: string) => never = (problem) =>
      redirect(refusedDetailsPath(story, problem, form, chosen));
    if (error) refused(error);
    const creditError = creditProblem(input.imageCredit, upload);
    if (creditError) refused(creditError === "required" ? "creditRequired" : "creditTooLong");
    const result = await updateStoryDetails(user, {
      storyId: input.storyId,
      sectionId: input.sectionId ?? 0,
      authorIds: input.authorIds,
      topicIds: input.topicsShown ? input.topicIds : undefined,
      image,
      kind: input.kind,
      focus:
        input.focusX === undefined || input.focusY === undefined
          ? undefined
          : { x: input.focusX, y: input.focusY },
      credit: typedCredit(formUiLocale(form), input.imageCredit),
    });
    if (!result.ok) refused(result.kind);
    await expireTags(result);
    redirect(`${story}?done=details`);
  },
});
