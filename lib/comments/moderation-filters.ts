import type { CommentStatus } from "@/lib/generated/prisma/enums";

/** Which comments the moderation list shows; parsed from its GET form, so bounded here. */
export interface CommentFilters {
  storyId: number | null;
  status: CommentStatus | null;
  /** Only comments readers reported. */
  reported: boolean;
  page: number;
}

export const MODERATION_PAGE_SIZE = 50;
export const MODERATION_MAX_PAGE = 2_000;
export const COMMENT_STATUSES = ["PENDING", "VISIBLE", "HIDDEN"] as const satisfies readonly CommentStatus[];

const one = (value: unknown): string | null => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first.trim() : null;
};

export function parseCommentFilters(query: Record<string, unknown>): CommentFilters {
  const story = one(query.story);
  const status = one(query.status);
  const page = one(query.page);
  return {
    storyId: story && /^[1-9][0-9]{0,8}$/.test(story) ? Number(story) : null,
    status: COMMENT_STATUSES.find((value) => value === status) ?? null,
    reported: one(query.reported) === "1",
    page: page && /^[1-9][0-9]{0,5}$/.test(page) ? Math.min(Number(page), MODERATION_MAX_PAGE) : 1,
  };
}

/** The query string of these filters, for paging and for coming back after an action. */
export function commentFiltersQuery(filters: CommentFilters, page = filters.page): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.storyId) params.set("story", String(filters.storyId));
  if (filters.status) params.set("status", filters.status);
  if (filters.reported) params.set("reported", "1");
  if (page > 1) params.set("page", String(page));
  return params;
}
