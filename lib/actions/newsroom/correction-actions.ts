"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { formUiLocale } from "@/lib/newsroom/forms/action-refusals";
import { addCorrection } from "@/lib/newsroom/workflow/corrections";
import {
  CORRECTION_KINDS,
  type CorrectionKind,
  type CorrectionTextError,
} from "@/lib/newsroom/workflow/correction-fields";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedStateAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";

export interface CorrectionFormState {
  values: { kind: CorrectionKind; text: string };
  error: CorrectionTextError | null;
  problem: "forbidden" | "not-found" | "not-allowed-now" | "invalid" | null;
}

const kindField = z.enum(CORRECTION_KINDS).catch("correction");

const correctionInput = z.object({
  target: formFields.locale,
  storyId: formFields.id,
  kind: kindField,
  // Bounds the input only; the command words the real limit next to the field.
  text: formFields.text(20_000),
});

/** What was typed, exactly, so a refused note comes back in the form. */
function enteredNote(form: FormData): CorrectionFormState["values"] {
  const text = form.get("text");
  return { kind: kindField.parse(form.get("kind")), text: typeof text === "string" ? text : "" };
}

export const addCorrectionAction = guardedStateAction<typeof correctionInput, CorrectionFormState>({
  schema: correctionInput,
  permission: (input) => ({ type: "translation.correct", locale: input.target }),
  refuse: (why, form) => {
    if (why === "signed-out") redirect(newsroomPaths.signIn(formUiLocale(form)));
    return { values: enteredNote(form), error: null, problem: why === "forbidden" ? "forbidden" : "invalid" };
  },
  run: async (user, input, form) => {
    const values = enteredNote(form);
    const result = await addCorrection(user, {
      storyId: input.storyId,
      locale: input.target,
      kind: input.kind,
      text: input.text,
    });
    if (!result.ok) {
      if (result.kind === "invalid") return { values, error: result.error, problem: "invalid" };
      return { values, error: null, problem: result.kind };
    }
    await expireTags(result);
    redirect(
      `${newsroomPaths.story(formUiLocale(form), input.storyId)}?done=correction&locale=${input.target}`,
    );
  },
});
