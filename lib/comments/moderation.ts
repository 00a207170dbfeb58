import "server-only";
import { routing } from "@/i18n/routing";
import { recordAudit, type AuditAction } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { localeOrNull } from "@/lib/forms/form-values";
import { Prisma, type CommentStatus } from "@/lib/generated/prisma/client";
import { setModerationModeValue, type ModerationMode } from "@/lib/comments/settings";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { cacheTags } from "@/lib/stories/cache-tags";

export const MODERATION_STEPS = ["approve", "hide", "unhide", "delete"] as const;
export type ModerationStep = (typeof MODERATION_STEPS)[number];
/** At most this many comments are changed by one bulk action. */
export const BULK_MODERATION_MAX = 100;

// Which comments a step applies to: approving a visible comment clears its
// reports; only a hidden comment can be un-hidden; anything can be deleted.
const STEP_FROM: Record<ModerationStep, CommentStatus[]> = {
  approve: ["PENDING", "VISIBLE"],
  hide: ["PENDING", "VISIBLE"],
  unhide: ["HIDDEN"],
  delete: ["PENDING", "VISIBLE", "HIDDEN"],
};

const AUDIT_CODE: Record<ModerationStep, AuditAction> = {
  approve: "comment.approve",
  hide: "comment.hide",
  unhide: "comment.unhide",
  delete: "comment.delete",
};

type Moderated = {
  id: number;
  storyId: number;
  locale: string;
  status: CommentStatus;
  authorName: string;
  body: string;
};

/** Takes one step on one comment (already locked and allowed), audited in the same transaction. */
async function applyStep(
  tx: Prisma.TransactionClient,
  actor: NewsroomUser,
  comment: Moderated,
  step: ModerationStep,
): Promise<void> {
  if (step === "delete") await tx.comment.delete({ where: { id: comment.id } });
  else {
    // Approving or un-hiding settles the reports the comment was queued for.
    const settles = step === "approve" || step === "unhide";
    if (settles) await tx.commentReport.deleteMany({ where: { commentId: comment.id } });
    await tx.comment.update({
      where: { id: comment.id },
      data: { status: step === "hide" ? "HIDDEN" : "VISIBLE", ...(settles ? { reportCount: 0 } : {}) },
    });
  }
  await recordAudit(tx, {
    actorId: actor.id,
    action: AUDIT_CODE[step],
    subject: `comment:${comment.id} story:${comment.storyId}/${comment.locale}`,
    details: { author: comment.authorName, excerpt: comment.body.slice(0, 120) },
  });
}

const tagsOf = (comments: Moderated[]) => [
  ...new Set(
    comments.flatMap((comment) => {
      const locale = localeOrNull(comment.locale);
      return locale ? [cacheTags.comments(comment.storyId, locale)] : [];
    }),
  ),
];

export type ModerationResult =
  | { ok: true; storyId: number; locale: string; tags: string[] }
  | { ok: false; kind: "forbidden" | "not-found" | "not-allowed-now" };

export async function moderateComment(
  actor: NewsroomUser | null,
  commentId: number,
  step: ModerationStep,
): Promise<ModerationResult> {
  if (!can(actor, { type: "comments.moderate" })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx): Promise<ModerationResult> => {
    const [comment] = await lockComments(tx, [commentId]);
    if (!comment) return { ok: false, kind: "not-found" };
    if (!STEP_FROM[step].includes(comment.status)) return { ok: false, kind: "not-allowed-now" };
    await applyStep(tx, actor!, comment, step);
    return { ok: true, storyId: comment.storyId, locale: comment.locale, tags: tagsOf([comment]) };
  });
}

function lockComments(tx: Prisma.TransactionClient, ids: number[]): Promise<Moderated[]> {
  // Row locks, so two moderators acting on the same comment take turns.
  return tx.$queryRaw<Moderated[]>`
    SELECT "id", "storyId", "locale"::text AS "locale", "status"::text AS "status", "authorName", "body"
    FROM "Comment" WHERE "id" IN (${Prisma.join(ids)}) ORDER BY "id" FOR UPDATE`;
}

export type BulkModerationResult =
  { ok: true; changed: number; tags: string[] } | { ok: false; kind: "forbidden" | "invalid" };

/** One step on many comments at once; comments the step does not apply to (or gone) are left as they are. */
export async function moderateComments(
  actor: NewsroomUser | null,
  commentIds: number[],
  step: ModerationStep,
): Promise<BulkModerationResult> {
  if (!can(actor, { type: "comments.moderate" })) return { ok: false, kind: "forbidden" };
  const ids = [...new Set(commentIds)];
  if (ids.length === 0 || ids.length > BULK_MODERATION_MAX) return { ok: false, kind: "invalid" };
  return db().$transaction(async (tx): Promise<BulkModerationResult> => {
    const comments = (await lockComments(tx, ids)).filter((comment) =>
      STEP_FROM[step].includes(comment.status),
    );
    for (const comment of comments) await applyStep(tx, actor!, comment, step);
    return { ok: true, changed: comments.length, tags: tagsOf(comments) };
  });
}

export async function setCommentsClosed(
  actor: NewsroomUser | null,
  storyId: number,
  closed: boolean,
): Promise<{ ok: true; tags: string[] } | { ok: false; kind: "forbidden" | "not-found" }> {
  if (!can(actor, { type: "comments.moderate" })) return { ok: false, kind: "forbidden" };
  const story = await db().story.findUnique({ where: { id: storyId } });
  if (!story) return { ok: false, kind: "not-found" };
  await db().$transaction(async (tx) => {
    await tx.story.update({ where: { id: storyId }, data: { commentsClosed: closed } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "story.comments",
      subject: `story:${storyId}`,
      details: { closed },
    });
  });
  // The form shows or goes on every language version of the story: the
  // story's pages themselves, not only their comment fragments.
  return {
    ok: true,
    tags: [cacheTags.story(storyId), ...routing.locales.map((locale) => cacheTags.comments(storyId, locale))],
  };
}

export async function setModerationMode(
  actor: NewsroomUser | null,
  mode: ModerationMode,
): Promise<{ ok: true } | { ok: false; kind: "forbidden" }> {
  if (!can(actor, { type: "settings.manage" })) return { ok: false, kind: "forbidden" };
  await db().$transaction(async (tx) => {
    await setModerationModeValue(mode, tx);
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "settings.comments",
      subject: "comments.moderation",
      details: { mode },
    });
  });
  return { ok: true };
}
