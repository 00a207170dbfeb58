import { isAuditAction, type AuditAction } from "@/lib/audit-log/record-audit";
import { zonedMinuteToInstant } from "@/lib/format/zoned-time";

/** What the log is narrowed to; every field comes from a GET form, so each is parsed and bounded here. */
export interface AuditFilters {
  /** A member's id, or "system" for entries nobody signed in made (sign-in limits). */
  actor: string | null;
  action: AuditAction | null;
  storyId: number | null;
  /** Calendar days (YYYY-MM-DD) in the newsroom's time zone, both included. */
  from: string | null;
  to: string | null;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;
/** Pages stop here: the filters, not paging, are the way into old entries. */
export const AUDIT_MAX_PAGE = 2_000;

const one = (value: unknown): string | null => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first.trim() !== "" ? first.trim() : null;
};

function day(value: unknown): string | null {
  const text = one(value);
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : null;
}

/** The filters named by a query string; anything malformed is simply not applied. */
export function parseAuditFilters(query: Record<string, unknown>): AuditFilters {
  const actor = one(query.actor);
  const action = one(query.action);
  const story = one(query.story);
  const page = one(query.page);
  return {
    actor: actor && /^[\w-]{1,64}$/.test(actor) ? actor : null,
    action: isAuditAction(action) ? action : null,
    storyId: story && /^[1-9][0-9]{0,8}$/.test(story) ? Number(story) : null,
    from: day(query.from),
    to: day(query.to),
    page: page && /^[1-9][0-9]{0,5}$/.test(page) ? Math.min(Number(page), AUDIT_MAX_PAGE) : 1,
  };
}

/** The query string for these filters (page left out unless asked), for links, paging and the export. */
export function auditQueryString(filters: AuditFilters, page?: number): string {
  const params = new URLSearchParams();
  if (filters.actor) params.set("actor", filters.actor);
  if (filters.action) params.set("action", filters.action);
  if (filters.storyId) params.set("story", String(filters.storyId));
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (page && page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The instant a calendar day starts in a time zone (a midnight the spring change skips starts it an hour later). */
export function startOfDayIn(dayText: string, timeZone: string): Date {
  const start = zonedMinuteToInstant(dayText, "00:00", timeZone);
  if (!start) throw new RangeError(`Not a calendar day: ${dayText}`);
  return start;
}
