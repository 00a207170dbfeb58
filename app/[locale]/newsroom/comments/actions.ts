"use server";

import { hasLocale } from "next-intl";
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { routing, type AppLocale } from "@/i18n/routing";
import { currentUser } from "@/lib/auth/current-user";
import {
  moderateComment,
  setCommentsClosed,
  setModerationMode,
  type ModerationStep,
} from "@/lib/comments/moderation";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { cacheTags } from "@/lib/stories/cache-tags";

function uiLocale(form: FormData): AppLocale {
  const value = String(form.get("uiLocale") ?? "");
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

export async function moderateAction(form: FormData): Promise<void> {
  const locale = uiLocale(form);
  const step = String(form.get("step") ?? "") as ModerationStep;
  const commentId = Number(form.get("commentId"));
  if (!["approve", "hide", "delete"].includes(step) || !Number.isInteger(commentId)) {
    redirect(newsroomPaths.comments(locale));
  }
  const result = await moderateComment(await currentUser(), commentId, step);
  if (result.ok && hasLocale(routing.locales, result.locale)) {
    updateTag(cacheTags.comments(result.storyId, result.locale));
  }
  redirect(`${newsroomPaths.comments(locale)}?${result.ok ? `done=${step}` : `problem=${result.kind}`}`);
}

export async function closeCommentsAction(form: FormData): Promise<void> {
  const locale = uiLocale(form);
  const storyId = Number(form.get("storyId"));
  const closed = form.get("closed") === "1";
  const result = await setCommentsClosed(await currentUser(), storyId, closed);
  if (result.ok) for (const each of routing.locales) updateTag(cacheTags.comments(storyId, each));
  redirect(
    `${newsroomPaths.story(locale, storyId)}?${result.ok ? "done=comments" : `problem=${result.kind}`}`,
  );
}

export async function moderationModeAction(form: FormData): Promise<void> {
  const locale = uiLocale(form);
  const mode = form.get("mode") === "pre" ? "pre" : "post";
  const result = await setModerationMode(await currentUser(), mode);
  redirect(`${newsroomPaths.comments(locale)}?${result.ok ? "done=mode" : `problem=${result.kind}`}`);
}
