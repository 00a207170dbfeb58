import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/stories/cache-tags";
import { cachedRead } from "@/lib/stories/cached-read";

export const COMMENTS_PER_PAGE = 50;

export interface CommentView {
  id: number;
  name: string;
  body: string;
  postedAt: string;
  up: number;
  down: number;
}

export interface CommentPage {
  total: number;
  page: number;
  pageCount: number;
  closed: boolean;
  comments: CommentView[];
}

export async function queryComments(storyId: number, locale: Locale, page: number): Promise<CommentPage> {
  const where = { storyId, locale, status: "VISIBLE" as const };
  const [total, rows, story] = await Promise.all([
    db().comment.count({ where }),
    db().comment.findMany({
      where,
      orderBy: { id: "asc" },
      skip: (page - 1) * COMMENTS_PER_PAGE,
      take: COMMENTS_PER_PAGE,
    }),
    db().story.findUnique({ where: { id: storyId }, select: { commentsClosed: true } }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / COMMENTS_PER_PAGE)),
    closed: story?.commentsClosed ?? true,
    comments: rows.map((row) => ({
      id: row.id,
      name: row.authorName,
      body: row.body,
      postedAt: row.createdAt.toISOString(),
      up: row.upCount,
      down: row.downCount,
    })),
  };
}

/** Cached under the comments' own tag: a new comment or vote refreshes this, not the story's text. */
export function getComments(storyId: number, locale: Locale, page: number): Promise<CommentPage> {
  return cachedRead(
    { name: "comments", args: [storyId, locale, page], tags: [cacheTags.comments(storyId, locale)] },
    () => queryComments(storyId, locale, page),
  );
}
