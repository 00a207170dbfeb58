"use server";

import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  BULK_MODERATION_MAX,
  MODERATION_STEPS,
  moderateComment,
  moderateComments,
  setCommentsClosed,
  setModerationMode,
} from "@/lib/comments/moderation";
import { commentFiltersQuery, parseCommentFilters } from "@/lib/comments/moderation-filters";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { formUiLocale, refuseTo, storyOrHome } from "@/lib/newsroom/forms/action-refusals";

const moderateInput = z.object({
  step: z.enum(MODERATION_STEPS),
  commentId: formFields.id,
});

/** The list as the moderator left it (its filters and page), with what just happened. */
function backToList(form: FormData, outcome: Record<string, string>): never {
  const query = commentFiltersQuery(parseCommentFilters(Object.fromEntries(form)));
  for (const [key, value] of Object.entries(outcome)) query.set(key, value);
  redirect(`${newsroomPaths.comments(formUiLocale(form))}?${query}`);
}

export const moderateAction = guardedAction({
  schema: moderateInput,
  permission: { type: "comments.moderate" },
  refuse: refuseTo((form) => newsroomPaths.comments(formUiLocale(form))),
  run: async (user, input, form) => {
    const result = await moderateComment(user, input.commentId, input.step);
    if (result.ok) await expireTags(result);
    backToList(form, result.ok ? { done: input.step } : { problem: result.kind });
  },
});

const bulkInput = z.object({
  step: z.enum(MODERATION_STEPS),
  commentIds: formFields.ids(BULK_MODERATION_MAX),
});

export const bulkModerateAction = guardedAction({
  schema: bulkInput,
  permission: { type: "comments.moderate" },
  refuse: refuseTo((form) => newsroomPaths.comments(formUiLocale(form))),
  run: async (user, input, form) => {
    if (input.commentIds.length === 0) backToList(form, { problem: "none-chosen" });
    const result = await moderateComments(user, input.commentIds, input.step);
    if (result.ok) await expireTags(result);
    backToList(
      form,
      result.ok ? { done: "bulk", changed: String(result.changed) } : { problem: result.kind },
    );
  },
});

const closeInput = z.object({ storyId: formFields.id, closed: z.enum(["0", "1"]).catch("0") });

export const closeCommentsAction = guardedAction({
  schema: closeInput,
  permission: { type: "comments.moderate" },
  refuse: refuseTo(storyOrHome),
  run: async (user, input, form) => {
    const result = await setCommentsClosed(user, input.storyId, input.closed === "1");
    if (result.ok) await expireTags(result);
    const outcome = result.ok ? "done=comments" : `problem=${result.kind}`;
    redirect(`${newsroomPaths.story(formUiLocale(form), input.storyId)}?${outcome}`);
  },
});

const modeInput = z.object({ mode: z.enum(["pre", "post"]).catch("post") });

export const moderationModeAction = guardedAction({
  schema: modeInput,
  permission: { type: "settings.manage" },
  refuse: refuseTo((form) => newsroomPaths.comments(formUiLocale(form))),
  run: async (user, input, form) => {
    const result = await setModerationMode(user, input.mode);
    const outcome = result.ok ? "done=mode" : `problem=${result.kind}`;
    redirect(`${newsroomPaths.comments(formUiLocale(form))}?${outcome}`);
  },
});
