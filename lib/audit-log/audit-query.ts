import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { isAuditAction, type AuditAction } from "@/lib/audit-log/record-audit";
import { AUDIT_PAGE_SIZE, startOfDayIn, type AuditFilters } from "@/lib/audit-log/audit-filters";
import { db } from "@/lib/db/client";
import { siteFormat } from "@/lib/format/reader-format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { memberName, memberNameSelect, type MessageGender } from "@/lib/newsroom/people/member-name";
import { memberNames } from "@/lib/newsroom/people/member-names";

export interface AuditRow {
  id: number;
  at: string;
  /** Who did it, named for the viewer's newsroom. */
  actorName: string | null;
  actorGender: MessageGender;
  actorEmail: string | null;
  /** Null for a code no longer recorded (shown raw). */
  action: AuditAction | null;
  code: string;
  subject: string;
  storyId: number | null;
  /** The language version the subject names ("story:12/ar"). */
  locale: Locale | null;
  /** The story's headline in that language, else in the viewer's, else its key. */
  storyTitle: string | null;
  details: Prisma.JsonValue;
}

function whereOf(filters: AuditFilters): Prisma.AuditEntryWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = startOfDayIn(filters.from, siteFormat.timeZone);
  if (filters.to) {
    const next = new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    createdAt.lt = startOfDayIn(next, siteFormat.timeZone);
  }
  return {
    ...(filters.actor ? { actorId: filters.actor === "system" ? null : filters.actor } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.storyId ? { storyId: filters.storyId } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
}

const localeOfSubject = (subject: string): Locale | null => {
  // A language version ("story:12/ar"), a language's banner ("banner:ar") or opinion note.
  const match = /\bstory:[0-9]+\/(\w+)|^(?:banner|opinion-disclaimer):(\w+)$/.exec(subject);
  const locale = match?.[1] ?? match?.[2] ?? "";
  return (routing.locales as readonly string[]).includes(locale) ? (locale as Locale) : null;
};

const include = { actor: { select: { email: true, ...memberNameSelect } } } as const;

type EntryWithActor = Prisma.AuditEntryGetPayload<{ include: typeof include }>;

/** A member an entry's details name by id ("fromUserId", "toUserId"), as they are named now. */
const MEMBER_DETAILS = { fromUserId: "from", toUserId: "to" } as const;

/**
 * The details with each member they name by id named for the viewer's
 * newsroom (`fromName`, `fromGender`): the name stored with the entry is the
 * account name of the day, kept for a member deleted since.
 */
function withMemberNames(
  details: Prisma.JsonValue,
  names: Map<string, { name: string; gender: MessageGender }>,
) {
  if (!details || typeof details !== "object" || Array.isArray(details)) return details;
  const named: Prisma.JsonObject = { ...details };
  for (const [idKey, prefix] of Object.entries(MEMBER_DETAILS)) {
    const id = details[idKey];
    const member = typeof id === "string" ? names.get(id) : undefined;
    if (member) {
      named[`${prefix}Name`] = member.name;
      named[`${prefix}Gender`] = member.gender;
    }
  }
  return named;
}

function detailMemberIds(details: Prisma.JsonValue): string[] {
  if (!details || typeof details !== "object" || Array.isArray(details)) return [];
  return Object.keys(MEMBER_DETAILS).flatMap((key) => {
    const id = details[key];
    return typeof id === "string" ? [id] : [];
  });
}

async function toRows(entries: EntryWithActor[], uiLocale: Locale): Promise<AuditRow[]> {
  const storyIds = [...new Set(entries.flatMap((entry) => (entry.storyId ? [entry.storyId] : [])))];
  const stories = storyIds.length
    ? await db().story.findMany({
        where: { id: { in: storyIds } },
        select: { id: true, key: true, translations: { select: { locale: true, headline: true } } },
      })
    : [];
  const byId = new Map(stories.map((story) => [story.id, story]));
  const members = await memberNames(
    entries.flatMap((entry) => detailMemberIds(entry.details)),
    uiLocale,
  );
  return entries.map((entry) => {
    const locale = localeOfSubject(entry.subject);
    const story = entry.storyId ? byId.get(entry.storyId) : undefined;
    const headline = (wanted: string | null) =>
      story?.translations.find((t) => t.locale === wanted)?.headline;
    return {
      id: entry.id,
      at: entry.createdAt.toISOString(),
      actorName: entry.actor ? memberName(entry.actor, uiLocale).name : null,
      actorGender: entry.actor ? memberName(entry.actor, uiLocale).gender : "other",
      actorEmail: entry.actor?.email ?? null,
      action: isAuditAction(entry.action) ? entry.action : null,
      code: entry.action,
      subject: entry.subject,
      storyId: entry.storyId,
      locale,
      storyTitle: story
        ? (headline(locale) ?? headline(uiLocale) ?? story.translations[0]?.headline ?? story.key)
        : null,
      details: withMemberNames(entry.details, members),
    };
  });
}

/** One page of the log, newest first; a page past the end shows the last one. */
export async function listAudit(
  filters: AuditFilters,
  uiLocale: Locale,
): Promise<{ rows: AuditRow[]; page: number; pageCount: number; total: number }> {
  const where = whereOf(filters);
  const total = await db().auditEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const entries = await db().auditEntry.findMany({
    where,
    orderBy: { id: "desc" },
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    include,
  });
  return { rows: await toRows(entries, uiLocale), page, pageCount, total };
}

/** Every entry the filters match, newest first, a batch at a time (for the CSV export). */
export async function* auditBatches(
  filters: AuditFilters,
  uiLocale: Locale,
  batchSize = 500,
): AsyncGenerator<AuditRow[]> {
  let before: number | null = null;
  for (;;) {
    const entries: EntryWithActor[] = await db().auditEntry.findMany({
      where: { ...whereOf(filters), ...(before === null ? {} : { id: { lt: before } }) },
      orderBy: { id: "desc" },
      take: batchSize,
      include,
    });
    if (entries.length === 0) return;
    yield await toRows(entries, uiLocale);
    before = entries[entries.length - 1]!.id;
    if (entries.length < batchSize) return;
  }
}

/** The people who appear in the log's person filter, named for the viewer's newsroom. */
export async function auditActors(uiLocale: Locale): Promise<{ id: string; name: string }[]> {
  const members = await db().user.findMany({ select: { id: true, ...memberNameSelect } });
  return members
    .map((member) => ({ id: member.id, name: memberName(member, uiLocale).name }))
    .sort((a, b) => a.name.localeCompare(b.name, uiLocale));
}
