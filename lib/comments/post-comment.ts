import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { cleanCommentText, cleanName, countLinks, duplicateKey } from "@/lib/comments/clean-text";
import { moderationMode } from "@/lib/comments/settings";
import { formTokenTime, hashAddress } from "@/lib/comments/signing";
import { consumeRateLimit } from "@/lib/rate-limit";

export const COMMENT_LIMITS = { name: 60, body: 2000, email: 254, links: 2, minSeconds: 3 } as const;
export const COMMENT_RATES = {
  perReader: { limit: 5, windowSeconds: 600 },
  perAddress: { limit: 10, windowSeconds: 600 },
} as const;
const DUPLICATE_WINDOW_HOURS = 24;

export type CommentFieldError = "required" | "tooLong" | "invalid" | "tooManyLinks" | "duplicate";
export type CommentFormError = "tooFast" | "rateLimited" | "closed" | "notFound";

export interface CommentInput {
  storyId: number;
  locale: AppLocale;
  name: string;
  email: string;
  body: string;
  /** The honeypot: people never see it, so it stays empty. */
  website: string;
  /** Signed time the form was rendered. */
  formToken: string;
  /** Milliseconds the page was open, when the browser ran our script. */
  elapsedMs: number | null;
  readerId: string;
  address: string;
}

export type PostResult =
  | { ok: true; status: "VISIBLE" | "PENDING" | "DISCARDED"; commentId: number | null }
  | {
      ok: false;
      fields: Partial<Record<"name" | "email" | "body", CommentFieldError>>;
      form?: CommentFormError;
    };

const emailSchema = z.email().max(COMMENT_LIMITS.email);

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
  if (input.website.trim() !== "") return { ok: true, status: "DISCARDED", commentId: null };

  const renderedAt = formTokenTime(input.formToken);
  const minMs = COMMENT_LIMITS.minSeconds * 1000;
  if (
    renderedAt === null ||
    now - renderedAt < minMs ||
    (input.elapsedMs !== null && input.elapsedMs < minMs)
  ) {
    return { ok: false, fields: {}, form: "tooFast" };
  }

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
  return { ok: true, status, commentId: comment.id };
}
