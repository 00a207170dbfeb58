import "server-only";
import type { Locale } from "next-intl";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { FORM_TOKEN_LIFETIME_SECONDS } from "@/lib/comments/form-token-lifetime";
import { hashAddress } from "@/lib/comments/signing";
import { env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";

// A comment form token is a database row, not something baked into the
// cached page: issued per reader and story version when the form is used,
// good for one post, no sooner than a few seconds after it was issued (bots
// post at once) and no later than its lifetime.
export const FORM_TOKENS_PER_ADDRESS = { limit: 60, windowSeconds: 600 } as const;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/;

export interface FormTokenOwner {
  readerId: string;
  storyId: number;
  locale: Locale;
}

export type IssueResult = { ok: true; token: string } | { ok: false; kind: "not-found" | "rate-limited" };

/** A fresh token for this reader's form on a published story version. */
export async function issueFormToken(owner: FormTokenOwner, address: string): Promise<IssueResult> {
  const rule = FORM_TOKENS_PER_ADDRESS;
  const key = `form-token:address:${hashAddress(address)}`;
  if (!(await consumeRateLimit(key, rule.limit, rule.windowSeconds)).allowed) {
    return { ok: false, kind: "rate-limited" };
  }
  const version = await db().storyTranslation.findUnique({
    where: { storyId_locale: { storyId: owner.storyId, locale: owner.locale } },
    select: { status: true },
  });
  if (version?.status !== "PUBLISHED") return { ok: false, kind: "not-found" };
  const token = randomBytes(24).toString("base64url");
  const { readerId, storyId, locale } = owner;
  await db().commentFormToken.create({ data: { id: token, readerId, storyId, locale } });
  return { ok: true, token };
}

export type SpendResult = "spent" | "tooYoung" | "unusable";

/**
 * Marks the token used, in one statement, when it belongs to this reader and
 * story version, is unused, old enough and not expired; so two posts racing
 * with one token cannot both pass. A token that is merely too young is left
 * unused, so the reader can post it again a moment later.
 */
export async function spendFormToken(token: string, owner: FormTokenOwner): Promise<SpendResult> {
  if (!TOKEN_SHAPE.test(token)) return "unusable";
  const minSeconds = env.COMMENT_MIN_SECONDS;
  const spent = await db().$queryRaw<{ id: string }[]>`
    UPDATE "CommentFormToken" SET "usedAt" = now()
    WHERE "id" = ${token} AND "readerId" = ${owner.readerId} AND "storyId" = ${owner.storyId}
      AND "locale"::text = ${owner.locale} AND "usedAt" IS NULL
      AND "issuedAt" <= now() - make_interval(secs => ${minSeconds})
      AND "issuedAt" > now() - make_interval(secs => ${FORM_TOKEN_LIFETIME_SECONDS})
    RETURNING "id"`;
  if (spent.length > 0) return "spent";
  const young = await db().$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "CommentFormToken"
    WHERE "id" = ${token} AND "readerId" = ${owner.readerId} AND "storyId" = ${owner.storyId}
      AND "locale"::text = ${owner.locale} AND "usedAt" IS NULL
      AND "issuedAt" > now() - make_interval(secs => ${minSeconds})`;
  return young.length > 0 ? "tooYoung" : "unusable";
}
