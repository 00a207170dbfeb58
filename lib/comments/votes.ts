import "server-only";
import { REPORTS_TO_NOTIFY } from "@/lib/notifications/kinds";
import { membersWhoCan, notify } from "@/lib/notifications/notify";
import { db } from "@/lib/db/client";
import { localeOrNull } from "@/lib/forms/form-values";
import type { ReportReason } from "@/lib/comments/report-reasons";
import { hashAddress } from "@/lib/comments/signing";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { cacheTags } from "@/lib/stories/cache-tags";

export type VoteChoice = "up" | "down" | "none";
export const VOTES_PER_ADDRESS = { limit: 120, windowSeconds: 600 } as const;
export const REPORT_RATES = {
  perReader: { limit: 10, windowSeconds: 3600 },
  perAddress: { limit: 30, windowSeconds: 3600 },
} as const;

export type VoteResult =
  | { ok: true; storyId: number; locale: string; up: number; down: number; tags: string[] }
  | { ok: false; kind: "not-found" | "rate-limited" };

/**
 * Sets this reader's vote on a comment ("none" withdraws it). Setting is
 * idempotent and the comment row is locked while its counts are recounted,
 * so however many requests one reader fires at once, they count once.
 * The tags to expire come from the comment's own row, never from the form.
 */
export async function voteOnComment(
  commentId: number,
  readerId: string,
  address: string,
  choice: VoteChoice,
): Promise<VoteResult> {
  const rule = VOTES_PER_ADDRESS;
  if (
    !(await consumeRateLimit(`vote:address:${hashAddress(address)}`, rule.limit, rule.windowSeconds)).allowed
  ) {
    return { ok: false, kind: "rate-limited" };
  }
  return db().$transaction(async (tx): Promise<VoteResult> => {
    const locked = await tx.$queryRaw<{ storyId: number; locale: string }[]>`
      SELECT "storyId", "locale"::text AS "locale" FROM "Comment"
      WHERE "id" = ${commentId} AND "status" = 'VISIBLE' FOR UPDATE`;
    const comment = locked[0];
    if (!comment) return { ok: false, kind: "not-found" };
    if (choice === "none") {
      await tx.commentVote.deleteMany({ where: { commentId, readerId } });
    } else {
      const value = choice === "up" ? 1 : -1;
      await tx.commentVote.upsert({
        where: { commentId_readerId: { commentId, readerId } },
        create: { commentId, readerId, value },
        update: { value },
      });
    }
    const [up, down] = await Promise.all([
      tx.commentVote.count({ where: { commentId, value: 1 } }),
      tx.commentVote.count({ where: { commentId, value: -1 } }),
    ]);
    await tx.comment.update({ where: { id: commentId }, data: { upCount: up, downCount: down } });
    const locale = localeOrNull(comment.locale);
    const tags = locale ? [cacheTags.comments(comment.storyId, locale)] : [];
    return { ok: true, storyId: comment.storyId, locale: comment.locale, up, down, tags };
  });
}

export type ReportResult =
  { ok: true; storyId: number; locale: string } | { ok: false; kind: "not-found" | "rate-limited" };

/**
 * A reader flags a comment for the editors; once per reader and comment.
 * Every attempt counts against the reader's and the address's limits first,
 * so nobody can fill the moderation queue or the report table.
 */
export async function reportComment(
  commentId: number,
  readerId: string,
  address: string,
  reason: ReportReason = "OTHER",
): Promise<ReportResult> {
  for (const [key, rule] of [
    [`report:reader:${readerId}`, REPORT_RATES.perReader],
    [`report:address:${hashAddress(address)}`, REPORT_RATES.perAddress],
  ] as const) {
    if (!(await consumeRateLimit(key, rule.limit, rule.windowSeconds)).allowed) {
      return { ok: false, kind: "rate-limited" };
    }
  }
  let reachedThreshold = false;
  const result = await db().$transaction(async (tx): Promise<ReportResult> => {
    const comment = await tx.comment.findUnique({ where: { id: commentId } });
    if (!comment || comment.status !== "VISIBLE") return { ok: false, kind: "not-found" };
    await tx.commentReport.upsert({
      where: { commentId_readerId: { commentId, readerId } },
      create: { commentId, readerId, reason },
      // A second report by the same reader only changes their reason.
      update: { reason },
    });
    const reports = await tx.commentReport.count({ where: { commentId } });
    await tx.comment.update({ where: { id: commentId }, data: { reportCount: reports } });
    reachedThreshold = comment.reportCount < REPORTS_TO_NOTIFY && reports >= REPORTS_TO_NOTIFY;
    return { ok: true, storyId: comment.storyId, locale: comment.locale };
  });
  // Once per comment, when enough readers agree: those who moderate are told.
  if (result.ok && reachedThreshold) {
    await notify(
      {
        kind: "comment_reported",
        storyId: result.storyId,
        locale: result.locale === "ar" ? "ar" : "en",
        actorId: null,
        details: { commentId, reports: REPORTS_TO_NOTIFY },
      },
      await membersWhoCan({ type: "comments.moderate" }),
    );
  }
  return result;
}
