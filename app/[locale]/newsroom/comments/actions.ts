"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { routing } from "@/i18n/routing";
import { currentUser } from "@/lib/auth/current-user";
import { idOrNull, localeOrNull, uiLocaleOf } from "@/lib/form-values";
import {
  moderateComment,
  setCommentsClosed,
  setModerationMode,
  type ModerationStep,
} from "@/lib/comments/moderation";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { cacheTags } from "@/lib/stories/cache-tags";

export async function moderateAction(form: FormData): Promise<void> {
  const locale = uiLocaleOf(form);
  const step = String(form.get("step") ?? "") as ModerationStep;
  const commentId = idOrNull(form.get("commentId"));
  if (!["approve", "hide", "delete"].includes(step) || commentId === null) {
    redirect(newsroomPaths.comments(locale));
  }
  const result = await moderateComment(await currentUser(), commentId, step);
  const commentLocale = result.ok ? localeOrNull(result.locale) : null;
  if (result.ok && commentLocale) updateTag(cacheTags.comments(result.storyId, commentLocale));
  redirect(`${newsroomPaths.comments(locale)}?${result.ok ? `done=${step}` : `problem=${result.kind}`}`);
}

export async function closeCommentsAction(form: FormData): Promise<void> {
  const locale = uiLocaleOf(form);
  const storyId = idOrNull(form.get("storyId")) ?? 0;
  const closed = form.get("closed") === "1";
  const result = await setCommentsClosed(await currentUser(), storyId, closed);
  if (result.ok) for (const each of routing.locales) updateTag(cacheTags.comments(storyId, each));
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
