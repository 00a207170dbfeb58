"use server";

import { headers } from "next/headers";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { formTarget, readerId } from "@/lib/comments/form-post";
import { issueFormToken } from "@/lib/comments/form-token";
import { postComment, type CommentFieldError, type CommentFormError } from "@/lib/comments/post-comment";
import { actionForm } from "@/lib/forms/action-form";
import { clientIp } from "@/lib/http/client-ip";

export interface CommentFormState {
  values: { name: string; email: string; body: string };
  fields: Partial<Record<"name" | "email" | "body", CommentFieldError>>;
  form: CommentFormError | null;
  done: "posted" | "pending" | null;
  /** The form token for the next post ("" until the reader has one). */
  token: string;
}

/** Reads its form with actionForm: a crafted post may call it with anything. */
export async function postCommentAction(
  ...call: [previous: CommentFormState, form: FormData]
): Promise<CommentFormState> {
  const form = actionForm(call);
  const values = {
    name: String(form.get("name") ?? "").slice(0, 500),
    email: String(form.get("email") ?? "").slice(0, 500),
    body: String(form.get("body") ?? "").slice(0, 20_000),
  };
  const sent = String(form.get("token") ?? "").slice(0, 100);
  const where = formTarget(form);
  if (!where) return { values, fields: {}, form: "notFound", done: null, token: sent };
  const reader = await readerId();
  const address = clientIp(await headers());
  const result = await postComment({
    storyId: where.storyId,
    locale: where.locale,
    ...values,
    website: String(form.get("website") ?? ""),
    formToken: sent,
    readerId: reader,
    address,
  });
  // Refusals before the token was looked at leave it usable; after a post, or
  // without a usable one (no JavaScript), this answer carries a fresh one, so
  // the re-rendered form posts on the next submit with nothing retyped.
  const tokenKept = sent !== "" && !result.ok && result.form !== "confirm" && result.form !== "rateLimited";
  const next = tokenKept
    ? sent
    : await issueFormToken({ readerId: reader, storyId: where.storyId, locale: where.locale }, address);
  const token = typeof next === "string" ? next : next.ok ? next.token : "";
  if (!result.ok) return { values, fields: result.fields, form: result.form ?? null, done: null, token };
  await expireTags(result);
  return {
    values: { name: values.name, email: values.email, body: "" },
    fields: {},
    form: null,
    done: result.status === "PENDING" ? "pending" : "posted",
    token,
  };
}
