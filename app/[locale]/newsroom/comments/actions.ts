"use server";

import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { redirect } from "next/navigation";
import { z } from "zod";
import { moderateComment, setCommentsClosed, setModerationMode } from "@/lib/comments/moderation";
import { formFields } from "@/lib/newsroom/form-schema";
import { guardedAction, type Refusal } from "@/lib/newsroom/guarded-action";
import { newsroomPaths } from "@/lib/newsroom/paths";

function uiLocale(form: FormData) {
  return formFields.uiLocale.parse(form.get("uiLocale"));
}

function refuseTo(pathFor: (form: FormData) => string) {
  return (why: Refusal, form: FormData): never => {
    if (why === "signed-out") redirect(newsroomPaths.signIn(uiLocale(form)));
    redirect(`${pathFor(form)}?problem=${why}`);
  };
}

const moderateInput = z.object({
  step: z.enum(["approve", "hide", "delete"]),
  commentId: formFields.id,
});

export const moderateAction = guardedAction({
  schema: moderateInput,
  permission: { type: "comments.moderate" },
  refuse: refuseTo((form) => newsroomPaths.comments(uiLocale(form))),
  run: async (user, input, form) => {
    const result = await moderateComment(user, input.commentId, input.step);
    if (result.ok) await expireTags(result.tags);
    const outcome = result.ok ? `done=${input.step}` : `problem=${result.kind}`;
    redirect(`${newsroomPaths.comments(uiLocale(form))}?${outcome}`);
  },
});

const closeInput = z.object({ storyId: formFields.id, closed: z.enum(["0", "1"]).catch("0") });

export const closeCommentsAction = guardedAction({
  schema: closeInput,
  permission: { type: "comments.moderate" },
  refuse: refuseTo((form) => {
    const storyId = formFields.id.safeParse(form.get("storyId"));
    return storyId.success
      ? newsroomPaths.story(uiLocale(form), storyId.data)
      : newsroomPaths.home(uiLocale(form));
  }),
  run: async (user, input, form) => {
    const result = await setCommentsClosed(user, input.storyId, input.closed === "1");
    if (result.ok) await expireTags(result.tags);
    const outcome = result.ok ? "done=comments" : `problem=${result.kind}`;
    redirect(`${newsroomPaths.story(uiLocale(form), input.storyId)}?${outcome}`);
  },
});

const modeInput = z.object({ mode: z.enum(["pre", "post"]).catch("post") });

export const moderationModeAction = guardedAction({
  schema: modeInput,
  permission: { type: "settings.manage" },
  refuse: refuseTo((form) => newsroomPaths.comments(uiLocale(form))),
  run: async (user, input, form) => {
    const result = await setModerationMode(user, input.mode);
    const outcome = result.ok ? "done=mode" : `problem=${result.kind}`;
    redirect(`${newsroomPaths.comments(uiLocale(form))}?${outcome}`);
  },
});
