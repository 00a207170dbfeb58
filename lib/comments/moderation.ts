import "server-only";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { localeOrNull } from "@/lib/form-values";
import { setModerationModeValue, type ModerationMode } from "@/lib/comments/settings";
import { can } from "@/lib/newsroom/permissions";
import type { NewsroomUser } from "@/lib/newsroom/roles";
import { cacheTags } from "@/lib/stories/cache-tags";

export type ModerationStep = "approve" | "hide" | "delete";

export interface QueueItem {
  id: number;
  storyId: number;
  locale: string;
  headline: string;
  name: string;
  body: string;
  status: "PENDING" | "VISIBLE" | "HIDDEN";
  reports: number;
  postedAt: string;
}

/** Comments awaiting approval, then reported ones still showing. */
export async function moderationQueue(): Promise<QueueItem[]> {
  const rows = await db().comment.findMany({
    where: { OR: [{ status: "PENDING" }, { status: "VISIBLE", reportCount: { gt: 0 } }] },
    orderBy: [{ status: "asc" }, { reportCount: "desc" }, { id: "asc" }],
    take: 200,
    include: { story: { include: { translations: { select: { locale: true, headline: true } } } } },
  });
  return rows.map((row) => ({
    id: row.id,
    storyId: row.storyId,
    locale: row.locale,
    headline: row.story.translations.find((t) => t.locale === row.locale)?.headline ?? row.story.key,
    name: row.authorName,
    body: row.body,
    status: row.status,
    reports: row.reportCount,
    postedAt: row.createdAt.toISOString(),
  }));
}

export type ModerationResult =
  | { ok: true; storyId: number; locale: string; tags: string[] }
  | { ok: false; kind: "forbidden" | "not-found" };

export async function moderateComment(
  actor: NewsroomUser | null,
  commentId: number,
  step: ModerationStep,
): Promise<ModerationResult> {
  if (!can(actor, { type: "comments.moderate" })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx): Promise<ModerationResult> => {
    const comment = await tx.comment.findUnique({ where: { id: commentId } });
    if (!comment) return { ok: false, kind: "not-found" };
    if (step === "delete") await tx.comment.delete({ where: { id: commentId } });
    else {
      // Approving also clears the reports it was queued for.
      if (step === "approve") await tx.commentReport.deleteMany({ where: { commentId } });
      await tx.comment.update({
        where: { id: commentId },
        data: {
          status: step === "approve" ? "VISIBLE" : "HIDDEN",
          ...(step === "approve" ? { reportCount: 0 } : {}),
        },
      });
    }
    await recordAudit(tx, {
      actorId: actor!.id,
      action: step === "approve" ? "comment.approve" : step === "hide" ? "comment.hide" : "comment.delete",
      subject: `comment:${commentId} story:${comment.storyId}/${comment.locale}`,
      details: { author: comment.authorName, excerpt: comment.body.slice(0, 120) },
    });
    const locale = localeOrNull(comment.locale);
    const tags = locale ? [cacheTags.comments(comment.storyId, locale)] : [];
    return { ok: true, storyId: comment.storyId, locale: comment.locale, tags };
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
  // The form shows or goes on every language version of the story.
  return { ok: true, tags: routing.locales.map((locale) => cacheTags.comments(storyId, locale)) };
}

export async function setModerationMode(
  actor: NewsroomUser | null,
  mode: ModerationMode,
): Promise<{ ok: true } | { ok: false; kind: "forbidden" }> {
  if (!can(actor, { type: "settings.manage" })) return { ok: false, kind: "forbidden" };
  await setModerationModeValue(mode);
  await recordAudit(db(), {
    actorId: actor!.id,
    action: "settings.comments",
    subject: "comments.moderation",
    details: { mode },
  });
  return { ok: true };
}
