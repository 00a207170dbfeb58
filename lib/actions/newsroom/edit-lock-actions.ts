"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formUiLocale, refuseTo, storyOrHome } from "@/lib/newsroom/forms/action-refusals";
import { holdEditLock, takeOverEditLock, type LockState } from "@/lib/newsroom/workflow/edit-lock";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { db } from "@/lib/db/client";
import { refreshClaim } from "@/lib/translation-desk/claims";

const lockInput = z.object({
  target: formFields.locale,
  storyId: formFields.id,
  uiLocale: formFields.uiLocale,
});
const nobody: LockState = { held: false, holder: null, since: null };

/** The open editor's heartbeat: keeps this member's lock, or says who took the version over. */
export const heartbeatLockAction = guardedAction({
  schema: lockInput,
  permission: (input) => ({ type: "translation.edit", locale: input.target }),
  refuse: () => nobody,
  run: async (user, input) => {
    const state = await holdEditLock(user, input.storyId, input.target, input.uiLocale);
    // An open editor is work on the version: its holder's claim stays alive.
    if (state.held) await refreshClaim(db(), user.id, input.storyId, input.target);
    return state;
  },
});

export const takeOverLockAction = guardedAction({
  schema: lockInput,
  permission: (input) => ({ type: "translation.edit", locale: input.target }),
  refuse: refuseTo(storyOrHome),
  run: async (user, input, form) => {
    const result = await takeOverEditLock(user, input.storyId, input.target);
    const editor = newsroomPaths.translation(formUiLocale(form), input.storyId, input.target);
    redirect(result.ok ? `${editor}?took=1` : `${editor}?problem=${result.kind}`);
  },
});
