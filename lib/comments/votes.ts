import "server-only";
import { db } from "@/lib/db/client";
import { hashAddress } from "@/lib/comments/signing";
import { consumeRateLimit } from "@/lib/rate-limit";

export type VoteChoice = "up" | "down" | "none";
export const VOTES_PER_ADDRESS = { limit: 120, windowSeconds: 600 } as const;

export type VoteResult =
  | { ok: true; storyId: number; locale: string; up: number; down: number }
  | { ok: false; kind: "not-found" | "rate-limited" };

/**
 * Sets this reader's vote on a comment ("none" withdraws it). Setting is
 * idempotent and the comment row is locked while its counts are recounted,
 * so however many requests one reader fires at once, they count once.
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
    return { ok: true, storyId: comment.storyId, locale: comment.locale, up, down };
  });
}

/** A reader flags a comment for the editors; once per reader. */
export async function reportComment(
  commentId: number,
  readerId: string,
): Promise<{ ok: true; storyId: number; locale: string } | { ok: false }> {
  return db().$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: commentId } });
    if (!comment || comment.status !== "VISIBLE") return { ok: false as const };
    await tx.commentReport.upsert({
      where: { commentId_readerId: { commentId, readerId } },
      create: { commentId, readerId },
      update: {},
    });
    const reports = await tx.commentReport.count({ where: { commentId } });
    await tx.comment.update({ where: { id: commentId }, data: { reportCount: reports } });
    return { ok: true as const, storyId: comment.storyId, locale: comment.locale };
  });
}
