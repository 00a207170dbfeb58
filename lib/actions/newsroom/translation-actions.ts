"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { changeStatus, WORKFLOW_STEPS } from "@/lib/newsroom/workflow/change-status";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedAction, guardedStateAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { formUiLocale, refuseTo, storyOrHome } from "@/lib/newsroom/forms/action-refusals";
import { memberNameOf } from "@/lib/newsroom/people/member-names";
import { restoreRevision } from "@/lib/newsroom/editor/revision-history";
import { saveTranslation, type StoredVersion } from "@/lib/newsroom/workflow/save-translation";
import { CREDIT_MAX_LENGTH } from "@/lib/newsroom/media/media-credits";
import type { FieldErrors, TranslationInput } from "@/lib/newsroom/editor/translation-fields";
import {
  enteredValues,
  refusedTextFields,
  translationText,
} from "@/lib/actions/newsroom/translation-form-fields";

export interface EditorState {
  values: Required<TranslationInput>;
  baseRevision: number | null;
  errors: FieldErrors;
  problem: "conflict" | "forbidden" | "not-found" | "invalid" | null;
  theirs: StoredVersion | null;
  /** The photo credit as typed, when the form had the field. */
  photoCredit?: string;
  creditError?: "tooLong";
}

const saveInput = z.object({
  target: formFields.locale,
  storyId: formFields.id,
  baseRevision: formFields.id.optional().catch(undefined),
  sourceRevision: formFields.id.optional().catch(undefined),
  // Absent when the story has no uploaded lead image to credit.
  photoCredit: z
    .string()
    .max(CREDIT_MAX_LENGTH * 8)
    .optional(),
  ...translationText,
});

export const saveTranslationAction = guardedStateAction<typeof saveInput, EditorState>({
  schema: saveInput,
  permission: (input) => ({ type: "translation.edit", locale: input.target }),
  refuse: (why, form) => {
    if (why === "signed-out") redirect(newsroomPaths.signIn(formUiLocale(form)));
    const errors = why === "invalid" ? refusedTextFields(form) : {};
    const textRefused = Object.keys(errors).length > 0;
    return {
      values: enteredValues(form),
      baseRevision: formFields.id.safeParse(form.get("baseRevision")).data ?? null,
      errors,
      problem: why === "forbidden" ? "forbidden" : textRefused ? "invalid" : "not-found",
      theirs: null,
    };
  },
  run: async (user, input, form) => {
    const values = enteredValues(form);
    const baseRevision = input.baseRevision ?? null;
    const keep = { values, baseRevision, errors: {}, theirs: null, photoCredit: input.photoCredit };
    if ((input.photoCredit?.trim().length ?? 0) > CREDIT_MAX_LENGTH) {
      return { ...keep, problem: "invalid", creditError: "tooLong" };
    }
    const result = await saveTranslation(user, {
      storyId: input.storyId,
      locale: input.target,
      baseRevision,
      sourceRevision: input.sourceRevision ?? 0,
      fields: values,
      photoCredit: input.photoCredit,
    });
    if (!result.ok) {
      if (result.kind === "invalid") return { ...keep, errors: result.errors, problem: "invalid" };
      if (result.kind === "conflict") {
        // Named as the newsroom of the form's language names them.
        const savedBy = result.theirs.savedById
          ? await memberNameOf(result.theirs.savedById, formUiLocale(form))
          : null;
        const theirs = savedBy ? { ...result.theirs, savedBy: savedBy.name } : result.theirs;
        return { ...keep, problem: "conflict", theirs };
      }
      return { ...keep, problem: result.kind };
    }
    await expireTags(result);
    const outcome = result.unchanged
      ? "unchanged=1"
      : result.credited
        ? "credited=1"
        : `saved=${result.revision}`;
    redirect(`${newsroomPaths.translation(formUiLocale(form), input.storyId, input.target)}?${outcome}`);
  },
});

// The confirm step's own button sends `confirm=yes`; it works without JavaScript.
const confirmField = z.literal("yes").optional().catch(undefined);

const statusInput = z.object({
  target: formFields.locale,
  storyId: formFields.id,
  step: z.enum(WORKFLOW_STEPS),
  confirm: confirmField,
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
      confirmed: input.confirm === "yes",
    });
    const story = newsroomPaths.story(formUiLocale(form), input.storyId);
    // A post without the confirmation (an old page, a hand-made form) is led to the confirm step.
    if (!result.ok && result.kind === "unconfirmed") redirect(`${story}?unpublish=${input.target}`);
    if (result.ok) await expireTags(result);
    const outcome = result.ok ? `done=${input.step}` : `problem=${result.kind}`;
    redirect(`${story}?${outcome}&locale=${input.target}`);
  },
});

const restoreInput = z.object({
  target: formFields.locale,
  storyId: formFields.id,
  number: formFields.id,
  baseRevision: formFields.id,
  confirm: confirmField,
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
      confirmed: input.confirm === "yes",
    });
    const history = newsroomPaths.history(formUiLocale(form), input.storyId, input.target);
    if (!result.ok && result.kind === "unconfirmed") redirect(`${history}?restore=${input.number}`);
    if (!result.ok) redirect(`${history}?problem=${result.kind}`);
    await expireTags(result);
    redirect(`${history}?restored=${input.number}`);
  },
});
