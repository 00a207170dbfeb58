"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { idOrNull, uiLocaleOf } from "@/lib/form-values";
import {
  moderateComment,
  setCommentsClosed,
  setModerationMode,
  type ModerationStep,
} from "@/lib/comments/moderation";
import { newsroomPaths } from "@/lib/newsroom/paths";

export async function moderateAction(form: FormData): Promise<void> {
  const locale = uiLocaleOf(form);
  const step = String(form.get("step") ?? "") as ModerationStep;
  const commentId = idOrNull(form.get("commentId"));
  if (!["approve", "hide", "delete"].includes(step) || commentId === null) {
    redirect(newsroomPaths.comments(locale));
  }
  const result = await moderateComment(await currentUser(), commentId, step);
  if (result.ok) for (const tag of result.tags) updateTag(tag);
  redirect(`${newsroomPaths.comments(locale)}?${result.ok ? `done=${step}` : `problem=${result.kind}`}`);
}

export async function closeCommentsAction(form: FormData): Promise<void> {
  const locale = uiLocaleOf(form);
  const storyId = idOrNull(form.get("storyId")) ?? 0;
  const closed = form.get("closed") === "1";
  const result = await setCommentsClosed(await currentUser(), storyId, closed);
  if (result.ok) for (const tag of result.tags) updateTag(tag);
  redirect(
    `${newsroomPaths.story(locale, storyId)}?${result.ok ? "done=comments" : `problem=${result.kind}`}`,
  );
}

export async function moderationModeAction(form: FormData): Promise<void> {
  const locale = uiLocaleOf(form);
  const mode = form.get("mode") === "pre" ? "pre" : "post";
  const result = await setModerationMode(await currentUser(), mode);
  redirect(`${newsroomPaths.comments(locale)}?${result.ok ? "done=mode" : `problem=${result.kind}`}`);
}
