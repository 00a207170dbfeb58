import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import type { CommentReportReason, CommentStatus, Prisma } from "@/lib/generated/prisma/client";
import { MODERATION_PAGE_SIZE, type CommentFilters } from "@/lib/comments/moderation-filters";
import { REPORT_REASONS } from "@/lib/comments/report-reasons";
import { pickName } from "@/lib/stories/row-mappers";

export interface ModeratedComment {
  id: number;
  storyId: number;
  locale: string;
  headline: string;
  name: string;
  body: string;
  status: CommentStatus;
  reports: number;
  /** How many reports gave each reason; reasons nobody gave are left out. */
  reasons: { reason: CommentReportReason; count: number }[];
  postedAt: string;
}

function whereOf(filters: CommentFilters): Prisma.CommentWhereInput {
  return {
    ...(filters.storyId ? { storyId: filters.storyId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.reported ? { reportCount: { gt: 0 } } : {}),
  };
}

/**
 * Every comment the filters match, a page at a time: those awaiting
 * approval first, then the most reported, then the newest.
 */
export async function listModeratedComments(
  filters: CommentFilters,
): Promise<{ comments: ModeratedComment[]; page: number; pageCount: number; total: number }> {
  const where = whereOf(filters);
  const total = await db().comment.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db().comment.findMany({
    where,
    orderBy: [{ status: "asc" }, { reportCount: "desc" }, { id: "desc" }],
    skip: (page - 1) * MODERATION_PAGE_SIZE,
    take: MODERATION_PAGE_SIZE,
    include: { story: { select: { key: true, translations: { select: { locale: true, headline: true } } } } },
  });
  const reasons = rows.some((row) => row.reportCount > 0)
    ? await db().commentReport.groupBy({
        by: ["commentId", "reason"],
        where: { commentId: { in: rows.map((row) => row.id) } },
        _count: { _all: true },
      })
    : [];
  return {
    page,
    pageCount,
    total,
    comments: rows.map((row) => ({
      id: row.id,
      storyId: row.storyId,
      locale: row.locale,
      headline: row.story.translations.find((t) => t.locale === row.locale)?.headline ?? row.story.key,
      name: row.authorName,
      body: row.body,
      status: row.status,
      reports: row.reportCount,
      reasons: REPORT_REASONS.flatMap((reason) => {
        const count = reasons.find((r) => r.commentId === row.id && r.reason === reason)?._count._all ?? 0;
        return count > 0 ? [{ reason, count }] : [];
      }),
      postedAt: row.createdAt.toISOString(),
    })),
  };
}

/** The stories that have comments, for the list's story filter (the most commented first, at most 200). */
export async function commentedStories(uiLocale: Locale): Promise<{ id: number; headline: string }[]> {
  const counts = await db().comment.groupBy({
    by: ["storyId"],
    _count: { _all: true },
    orderBy: { _count: { storyId: "desc" } },
    take: 200,
  });
  const stories = await db().story.findMany({
    where: { id: { in: counts.map((count) => count.storyId) } },
    select: { id: true, key: true, translations: { select: { locale: true, headline: true } } },
  });
  return counts.flatMap(({ storyId }) => {
    const story = stories.find((s) => s.id === storyId);
    if (!story) return [];
    const names = story.translations.map((t) => ({ locale: t.locale, name: t.headline }));
    return [{ id: story.id, headline: pickName(names, uiLocale, story.key) }];
  });
}
