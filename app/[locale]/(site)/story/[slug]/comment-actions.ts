"use server";

import { headers } from "next/headers";
import { updateTag } from "next/cache";
import { formTarget, readerId } from "@/lib/comments/form-post";
import { postComment, type CommentFieldError, type CommentFormError } from "@/lib/comments/post-comment";
import { clientIp } from "@/lib/http/client-ip";
import { cacheTags } from "@/lib/stories/cache-tags";

export interface CommentFormState {
  values: { name: string; email: string; body: string };
  fields: Partial<Record<"name" | "email" | "body", CommentFieldError>>;
  form: CommentFormError | null;
  done: "posted" | "pending" | null;
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
  const where = formTarget(form);
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
