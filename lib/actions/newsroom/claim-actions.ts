"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formUiLocale, refuseTo } from "@/lib/newsroom/forms/action-refusals";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import {
  assignTranslation,
  claimTranslation,
  releaseClaim,
  takeOverClaim,
  type ClaimResult,
} from "@/lib/translation-desk/claims";

const queuePage = (form: FormData) => newsroomPaths.queue(formUiLocale(form));
const refuse = refuseTo(queuePage);
const claimInput = z.object({ storyId: formFields.id, target: formFields.locale });

/** Back to the queue, at the story's row, saying what happened. */
function answer(
  form: FormData,
  input: z.output<typeof claimInput>,
  result: ClaimResult,
  done: string,
): never {
  const anchor = `#queue-${input.target}-${input.storyId}`;
  redirect(`${queuePage(form)}?${result.ok ? `done=${done}` : `problem=${result.kind}`}${anchor}`);
}

export const claimAction = guardedAction({
  schema: claimInput,
  permission: (input) => ({ type: "translation.edit", locale: input.target }),
  refuse,
  run: async (user, input, form) =>
    answer(form, input, await claimTranslation(user, input.storyId, input.target), "claim"),
});

export const takeOverClaimAction = guardedAction({
  schema: claimInput,
  permission: (input) => ({ type: "translation.edit", locale: input.target }),
  refuse,
  run: async (user, input, form) =>
    answer(form, input, await takeOverClaim(user, input.storyId, input.target), "takeover"),
});

export const releaseClaimAction = guardedAction({
  schema: claimInput,
  permission: (input) => ({ type: "translation.edit", locale: input.target }),
  refuse,
  run: async (user, input, form) =>
    answer(form, input, await releaseClaim(user, input.storyId, input.target), "release"),
});

export const assignClaimAction = guardedAction({
  schema: claimInput.extend({ memberId: z.string().min(1).max(100) }),
  permission: (input) => ({ type: "translation.assign", locale: input.target }),
  refuse,
  run: async (user, input, form) =>
    answer(form, input, await assignTranslation(user, input.storyId, input.target, input.memberId), "assign"),
});
