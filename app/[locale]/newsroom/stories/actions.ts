"use server";

import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changeStatus, WORKFLOW_STEPS } from "@/lib/newsroom/change-status";
import { formFields } from "@/lib/newsroom/form-schema";
import { guardedAction, guardedStateAction } from "@/lib/newsroom/guarded-action";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { formUiLocale, refuseTo, storyOrHome } from "@/lib/newsroom/action-refusals";
import { storeImage, uploadProblem, type UploadError } from "@/lib/newsroom/media";
import { restoreRevision } from "@/lib/newsroom/revision-history";
import { createStory, updateStoryDetails, type LeadImage } from "@/lib/newsroom/story-details";
import { saveTranslation, type StoredVersion } from "@/lib/newsroom/save-translation";
import {
  LIMITS,
  parseTranslationFields,
  type FieldErrors,
  type TranslationInput,
} from "@/lib/newsroom/translation-fields";
import type { NewsroomUser } from "@/lib/newsroom/roles";

export interface EditorState {
  values: Required<TranslationInput>;
  baseRevision: number | null;
  errors: FieldErrors;
  problem: "conflict" | "forbidden" | "not-found" | "invalid" | null;
  theirs: StoredVersion | null;
}

// Generous caps: the field rules in lib/ give each field its own error; these
// only stop absurd input before anything else looks at it.
const translationText = {
  slug: formFields.text(LIMITS.slug * 8),
  headline: formFields.text(LIMITS.headline * 8),
  dek: formFields.text(LIMITS.dek * 8),
  body: formFields.text(LIMITS.body * 4),
  leadImageAlt: formFields.text(LIMITS.leadImageAlt * 8),
};

const saveInput = z.object({
  target: formFields.locale,
  storyId: formFields.id,
  baseRevision: formFields.id.optional().catch(undefined),
  sourceRevision: formFields.id.optional().catch(undefined),
  ...translationText,
});

/** What the person typed in these fields, as typed, to send back with an error. */
function typedStrings<Key extends string>(form: FormData, keys: readonly Key[]): Record<Key, string> {
  return Object.fromEntries(
    keys.map((key) => {
      const value = form.get(key);
      return [key, typeof value === "string" ? value : ""];
    }),
  ) as Record<Key, string>;
}

const TRANSLATION_FIELDS = ["slug", "headline", "dek", "body", "leadImageAlt"] as const;
const typedValues = (form: FormData): Required<TranslationInput> => typedStrings(form, TRANSLATION_FIELDS);

export const saveTranslationAction = guardedStateAction<typeof saveInput, EditorState>({
  schema: saveInput,
  permission: (input) => ({ type: "translation.edit", locale: input.target }),
  refuse: (why, form) => {
    if (why === "signed-out") redirect(newsroomPaths.signIn(formUiLocale(form)));
    return {
      values: typedValues(form),
      baseRevision: formFields.id.safeParse(form.get("baseRevision")).data ?? null,
      errors: {},
      problem: why === "forbidden" ? "forbidden" : "not-found",
      theirs: null,
    };
  },
  run: async (user, input, form) => {
    const values = typedValues(form);
    const baseRevision = input.baseRevision ?? null;
    const keep = { values, baseRevision, errors: {}, theirs: null };
    const result = await saveTranslation(user, {
      storyId: input.storyId,
      locale: input.target,
      baseRevision,
      sourceRevision: input.sourceRevision ?? 0,
      fields: values,
    });
    if (!result.ok) {
      if (result.kind === "invalid") return { ...keep, errors: result.errors, problem: "invalid" };
      if (result.kind === "conflict") return { ...keep, problem: "conflict", theirs: result.theirs };
      return { ...keep, problem: result.kind };
    }
    await expireTags(result.tags);
    redirect(
      `${newsroomPaths.translation(formUiLocale(form), input.storyId, input.target)}?saved=${result.revision}`,
    );
  },
});

const statusInput = z.object({
  target: formFields.locale,
  storyId: formFields.id,
  step: z.enum(WORKFLOW_STEPS),
});

export const changeStatusAction = guardedAction({
  schema: statusInput,
  // The step's own right (submit, publish…) is checked by changeStatus.
  permission: (input) => ({ type: "translation.edit", locale: input.target }),
  refuse: refuseTo(storyOrHome),
  run: async (user, input, form) => {
    const result = await changeStatus(user, {
      storyId: input.storyId,
      locale: input.target,
      step: input.step,
    });
    if (result.ok) await expireTags(result.tags);
    const outcome = result.ok ? `done=${input.step}` : `problem=${result.kind}`;
    redirect(`${newsroomPaths.story(formUiLocale(form), input.storyId)}?${outcome}&locale=${input.target}`);
  },
});

const restoreInput = z.object({
  target: formFields.locale,
  storyId: formFields.id,
  number: formFields.id,
  baseRevision: formFields.id,
});

export const restoreRevisionAction = guardedAction({
  schema: restoreInput,
  permission: (input) => ({ type: "translation.edit", locale: input.target }),
  refuse: refuseTo((form) => newsroomPaths.home(formUiLocale(form))),
  run: async (user, input, form) => {
    const result = await restoreRevision(user, {
      storyId: input.storyId,
      locale: input.target,
      number: input.number,
      baseRevision: input.baseRevision,
    });
    const history = newsroomPaths.history(formUiLocale(form), input.storyId, input.target);
    if (!result.ok) redirect(`${history}?problem=${result.kind}`);
    await expireTags(result.tags);
    redirect(`${history}?restored=${input.number}`);
  },
});

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

async function uploadBytes(upload: File | null): Promise<Uint8Array | null> {
  return upload ? new Uint8Array(await upload.arrayBuffer()) : null;
}

const createInput = z.object({
  sourceLocale: formFields.locale.optional().catch(undefined),
  sectionId: formFields.id.optional().catch(undefined),
  authorIds: formFields.ids(20),
  image: imageChoice,
  upload: formFields.file,
  ...translationText,
});

const CREATE_FIELDS = ["sourceLocale", "sectionId", ...TRANSLATION_FIELDS, "image"] as const;
const createValues = (form: FormData): Record<string, string> => typedStrings(form, CREATE_FIELDS);

export const createStoryAction = guardedStateAction<typeof createInput, CreateState>({
  schema: createInput,
  permission: { type: "story.create" },
  refuse: (why, form) => {
    if (why === "signed-out") redirect(newsroomPaths.signIn(formUiLocale(form)));
    return { values: createValues(form), errors: {}, problem: why === "forbidden" ? "forbidden" : "invalid" };
  },
  run: async (user, input, form) => {
    const values = createValues(form);
    const fields = typedValues(form);
    // Text and image are both checked before the upload is stored, so a form
    // sent back for a missing summary leaves no image behind, and every
    // problem is shown at once.
    const upload = await uploadBytes(input.upload);
    const checked = parseTranslationFields(fields);
    const imageError = upload ? uploadProblem(upload) : null;
    if (!checked.ok || imageError) {
      const errors = { ...(checked.ok ? {} : checked.errors), ...(imageError ? { image: imageError } : {}) };
      return { values, errors, problem: "invalid" };
    }
    const { image, error } = await chosenImage(user, upload, input.image);
    if (error) return { values, errors: { image: error }, problem: "invalid" };
    const result = await createStory(user, {
      sourceLocale: input.sourceLocale ?? formUiLocale(form),
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
  image: imageChoice,
  upload: formFields.file,
});

export const updateDetailsAction = guardedAction({
  schema: detailsInput,
  permission: { type: "story.edit" },
  refuse: refuseTo(storyOrHome),
  run: async (user, input, form) => {
    const story = newsroomPaths.story(formUiLocale(form), input.storyId);
    const { image, error } = await chosenImage(user, await uploadBytes(input.upload), input.image);
    if (error) redirect(`${story}?problem=${error}`);
    const result = await updateStoryDetails(user, {
      storyId: input.storyId,
      sectionId: input.sectionId ?? 0,
      authorIds: input.authorIds,
      image,
    });
    if (result.ok) await expireTags(result.tags);
    redirect(`${story}?${result.ok ? "done=details" : `problem=${result.kind}`}`);
  },
});
