import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { idOrNull } from "@/lib/forms/form-values";
import { memberName, memberNameSelect } from "@/lib/newsroom/people/member-name";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { saveTranslation, type SaveResult } from "@/lib/newsroom/workflow/save-translation";
import type { VersionText } from "@/lib/newsroom/editor/story-editor-data";

export interface RevisionEntry extends VersionText {
  number: number;
  author: string | null;
  savedAt: string;
  sourceRevision: number;
}

/** Every revision of a version, newest first, each author named for the viewer's newsroom. */
export async function listRevisions(
  storyId: number,
  locale: Locale,
  viewerLocale: Locale,
): Promise<RevisionEntry[]> {
  const rows = await db().translationRevision.findMany({
    where: { translation: { storyId, locale } },
    orderBy: { number: "desc" },
    include: { author: { select: memberNameSelect } },
  });
  return rows.map((row) => ({
    number: row.number,
    author: row.author ? memberName(row.author, viewerLocale).name : null,
    savedAt: row.createdAt.toISOString(),
    sourceRevision: row.sourceRevision,
    slug: row.slug,
    headline: row.headline,
    dek: row.dek,
    body: row.body,
    leadImageAlt: row.leadImageAlt,
    leadImageCaption: row.leadImageCaption,
  }));
}

/**
 * The two revisions the history compares: those named by `?a=` and `?b=`
 * when they exist, else the one before the newest and the newest.
 */
export function comparedRevisions(
  revisions: RevisionEntry[],
  query: { a?: unknown; b?: unknown },
): { older: RevisionEntry; newer: RevisionEntry } {
  const latest = revisions[0]!;
  const pick = (value: unknown, fallback: RevisionEntry) =>
    revisions.find((revision) => revision.number === idOrNull(value)) ?? fallback;
  return { older: pick(query.a, revisions[1] ?? latest), newer: pick(query.b, latest) };
}

/** The revision named by `?restore=`, when it exists and is not already the newest. */
export function restoreCandidate(revisions: RevisionEntry[], value: unknown): RevisionEntry | null {
  const number = idOrNull(value);
  if (number === null || number === revisions[0]?.number) return null;
  return revisions.find((revision) => revision.number === number) ?? null;
}

/**
 * Restoring never rewrites history: the chosen revision's text is saved
 * again as the newest revision, under the same rules as any save. It
 * replaces what is current, so the member must have confirmed it.
 */
export async function restoreRevision(
  actor: NewsroomUser | null,
  request: { storyId: number; locale: Locale; number: number; baseRevision: number; confirmed: boolean },
): Promise<SaveResult | { ok: false; kind: "unconfirmed" }> {
  if (!can(actor, { type: "translation.edit", locale: request.locale }))
    return { ok: false, kind: "forbidden" };
  if (!request.confirmed) return { ok: false, kind: "unconfirmed" };
  const revision = await db().translationRevision.findFirst({
    where: { translation: { storyId: request.storyId, locale: request.locale }, number: request.number },
  });
  if (!revision) return { ok: false, kind: "not-found" };
  return saveTranslation(actor, {
    storyId: request.storyId,
    locale: request.locale,
    baseRevision: request.baseRevision,
    // Restored text is as fresh as the source it was written from.
    sourceRevision: revision.sourceRevision,
    restoredFrom: revision.number,
    fields: {
      slug: revision.slug,
      headline: revision.headline,
      dek: revision.dek,
      body: revision.body,
      leadImageAlt: revision.leadImageAlt,
      leadImageCaption: revision.leadImageCaption,
    },
  });
}
