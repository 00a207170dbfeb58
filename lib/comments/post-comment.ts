import "server-only";
import type { Locale } from "next-intl";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { cleanCommentText, cleanName, countLinks, duplicateKey } from "@/lib/comments/clean-text";
import { COMMENT_LIMITS } from "@/lib/comments/comment-limits";
import { moderationMode } from "@/lib/comments/settings";
import { spendFormToken } from "@/lib/comments/form-token";
import { hashAddress } from "@/lib/comments/signing";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { cacheTags } from "@/lib/stories/cache-tags";

export const COMMENT_RATES = {
  perReader: { limit: 5, windowSeconds: 600 },
  perAddress: { limit: 10, windowSeconds: 600 },
} as const;
const DUPLICATE_WINDOW_HOURS = 24;

export type CommentFieldError = "required" | "tooLong" | "invalid" | "tooManyLinks" | "duplicate";
/** `confirm`: no usable form token came with the post (no JavaScript, reused or expired); post again. */
export type CommentFormError = "confirm" | "tooFast" | "rateLimited" | "closed" | "notFound";

export interface CommentInput {
  storyId: number;
  locale: Locale;
  name: string;
  email: string;
  body: string;
  /** The honeypot: people never see it, so it stays empty. */
  website: string;
  /** The single-use token issued to this reader for this form (lib/comments/form-token.ts). */
  formToken: string;
  readerId: string;
  address: string;
}

export type PostResult =
  | {
      ok: true;
      status: "VISIBLE" | "PENDING" | "DISCARDED";
      commentId: number | null;
      /** Cache tags to expire: the comments of this story version when the comment shows at once. */
      tags: string[];
    }
  | {
      ok: false;
      fields: Partial<Record<"name" | "email" | "body", CommentFieldError>>;
      form?: CommentFormError;
    };

const emailSchema = z.email().max(COMMENT_LIMITS.email);

/**
 * Checks that change nothing come first and leave the form token unused, so a
 * reader who mistyped can correct and post the same form; the token is spent
 * only right before the rate limits count the post.
 */
export async function postComment(input: CommentInput, now = Date.now()): Promise<PostResult> {
  const name = cleanName(input.name);
  const body = cleanCommentText(input.body);
  const email = input.email.trim();
  const fields: Partial<Record<"name" | "email" | "body", CommentFieldError>> = {};
  if (!name) fields.name = "required";
  else if (name.length > COMMENT_LIMITS.name) fields.name = "tooLong";
  if (email && !emailSchema.safeParse(email).success) fields.email = "invalid";
  if (!body) fields.body = "required";
  else if (body.length > COMMENT_LIMITS.body) fields.body = "tooLong";
  else if (countLinks(body) > COMMENT_LIMITS.links) fields.body = "tooManyLinks";
  if (Object.keys(fields).length > 0) return { ok: false, fields };

  // A bot filled the hidden field: answer as if all went well, keep nothing.
  if (input.website.trim() !== "") return { ok: true, status: "DISCARDED", commentId: null, tags: [] };

  const version = await db().storyTranslation.findUnique({
    where: { storyId_locale: { storyId: input.storyId, locale: input.locale } },
    select: { status: true, story: { select: { commentsClosed: true } } },
  });
  if (!version || version.status !== "PUBLISHED") return { ok: false, fields: {}, form: "notFound" };
  if (version.story.commentsClosed) return { ok: false, fields: {}, form: "closed" };

  const bodyHash = createHash("sha256").update(duplicateKey(body)).digest("hex");
  const duplicate = await db().comment.findFirst({
    where: {
      storyId: input.storyId,
      bodyHash,
      createdAt: { gte: new Date(now - DUPLICATE_WINDOW_HOURS * 3600 * 1000) },
    },
    select: { id: true },
  });
  if (duplicate) return { ok: false, fields: { body: "duplicate" } };

  const owner = { readerId: input.readerId, storyId: input.storyId, locale: input.locale };
  const token = await spendFormToken(input.formToken, owner);
  if (token === "tooYoung") return { ok: false, fields: {}, form: "tooFast" };
  if (token === "unusable") return { ok: false, fields: {}, form: "confirm" };

  const addressHash = hashAddress(input.address);
  for (const [key, rule] of [
    [`comment:reader:${input.readerId}`, COMMENT_RATES.perReader],
    [`comment:address:${addressHash}`, COMMENT_RATES.perAddress],
  ] as const) {
    if (!(await consumeRateLimit(key, rule.limit, rule.windowSeconds)).allowed) {
      return { ok: false, fields: {}, form: "rateLimited" };
    }
  }

  const status = (await moderationMode()) === "pre" ? "PENDING" : "VISIBLE";
  const comment = await db().comment.create({
    data: {
      storyId: input.storyId,
      locale: input.locale,
      authorName: name,
      authorEmail: email || null,
      body,
      bodyHash,
      status,
      readerId: input.readerId,
      addressHash,
    },
  });
  const tags = status === "VISIBLE" ? [cacheTags.comments(input.storyId, input.locale)] : [];
  return { ok: true, status, commentId: comment.id, tags };
}
