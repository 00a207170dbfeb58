"use server";

import { hasLocale } from "next-intl";
import { cookies, headers } from "next/headers";
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { routing, type AppLocale } from "@/i18n/routing";
import { postComment, type CommentFieldError, type CommentFormError } from "@/lib/comments/post-comment";
import { newReader, READER_COOKIE, readerFromCookie } from "@/lib/comments/signing";
import { reportComment, voteOnComment, type VoteChoice } from "@/lib/comments/votes";
import { clientIp } from "@/lib/http/client-ip";
import { storyPath } from "@/lib/paths";
import { slugFromParam } from "@/lib/slug";
import { cacheTags } from "@/lib/stories/cache-tags";

export interface CommentFormState {
  values: { name: string; email: string; body: string };
  fields: Partial<Record<"name" | "email" | "body", CommentFieldError>>;
  form: CommentFormError | null;
  done: "posted" | "pending" | null;
}

/** The signed anonymous reader id, issued on the first comment, vote or report. */
async function readerId(): Promise<string> {
  const jar = await cookies();
  const existing = readerFromCookie(jar.get(READER_COOKIE)?.value);
  if (existing) return existing;
  const reader = newReader();
  jar.set(READER_COOKIE, reader.cookie, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  return reader.id;
}

function target(form: FormData): { locale: AppLocale; storyId: number; path: string } | null {
  const locale = String(form.get("locale") ?? "");
  const storyId = Number(form.get("storyId"));
  const slug = slugFromParam(String(form.get("slug") ?? ""));
  if (!hasLocale(routing.locales, locale) || !Number.isInteger(storyId) || !slug) return null;
  return { locale, storyId, path: storyPath(locale, slug) };
}

export async function postCommentAction(
  _previous: CommentFormState,
  form: FormData,
): Promise<CommentFormState> {
  const values = {
    name: String(form.get("name") ?? "").slice(0, 500),
    email: String(form.get("email") ?? "").slice(0, 500),
    body: String(form.get("body") ?? "").slice(0, 20_000),
  };
  const where = target(form);
  if (!where) return { values, fields: {}, form: "notFound", done: null };
  const elapsed = String(form.get("elapsed") ?? "");
  const result = await postComment({
    storyId: where.storyId,
    locale: where.locale,
    ...values,
    website: String(form.get("website") ?? ""),
    formToken: String(form.get("token") ?? ""),
    elapsedMs: /^\d{1,12}$/.test(elapsed) ? Number(elapsed) : null,
    readerId: await readerId(),
    address: clientIp(await headers()),
  });
  if (!result.ok) return { values, fields: result.fields, form: result.form ?? null, done: null };
  if (result.status === "VISIBLE") updateTag(cacheTags.comments(where.storyId, where.locale));
  return {
    values: { name: values.name, email: values.email, body: "" },
    fields: {},
    form: null,
    done: result.status === "PENDING" ? "pending" : "posted",
  };
}

export async function voteAction(form: FormData): Promise<void> {
  const where = target(form);
  if (!where) redirect(`/${routing.defaultLocale}`);
  const choice = String(form.get("choice") ?? "");
  const commentId = Number(form.get("commentId"));
  if (["up", "down", "none"].includes(choice) && Number.isInteger(commentId)) {
    const result = await voteOnComment(
      commentId,
      await readerId(),
      clientIp(await headers()),
      choice as VoteChoice,
    );
    if (result.ok) updateTag(cacheTags.comments(where.storyId, where.locale));
  }
  redirect(`${where.path}#comment-${commentId}`);
}

export async function reportAction(form: FormData): Promise<void> {
  const where = target(form);
  if (!where) redirect(`/${routing.defaultLocale}`);
  const commentId = Number(form.get("commentId"));
  if (Number.isInteger(commentId)) await reportComment(commentId, await readerId());
  redirect(`/${where.locale}/comment-reported?story=${encodeURIComponent(where.path)}`);
}
