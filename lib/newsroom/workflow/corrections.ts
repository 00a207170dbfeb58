import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { affectedTags } from "@/lib/newsroom/workflow/affected-tags";
import { can } from "@/lib/newsroom/access/permissions";
import {
  noteText,
  toCorrectionNote,
  type CorrectionKind,
  type CorrectionNote,
  type CorrectionTextError,
} from "@/lib/newsroom/workflow/correction-fields";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";

export type CorrectionResult =
  | { ok: true; correctionId: number; tags: string[] }
  | { ok: false; kind: "invalid"; error: CorrectionTextError }
  | { ok: false; kind: "forbidden" | "not-found" | "not-allowed-now" };

/**
 * Adds a dated correction or update note under a published language
 * version. Readers see it as they see an edit of the published text: the
 * version's modification date moves to the note's, and its pages, lists
 * and feeds are expired. Audited in the same transaction.
 */
export async function addCorrection(
  actor: NewsroomUser | null,
  request: { storyId: number; locale: Locale; kind: CorrectionKind; text: string },
): Promise<CorrectionResult> {
  const { storyId, locale } = request;
  if (!can(actor, { type: "translation.correct", locale })) return { ok: false, kind: "forbidden" };
  const parsed = noteText.safeParse(request.text);
  if (!parsed.success) {
    return { ok: false, kind: "invalid", error: parsed.error.issues[0]!.message as CorrectionTextError };
  }
  return db().$transaction(async (tx): Promise<CorrectionResult> => {
    // Locked, so an unpublish cannot slip between the check and the note.
    const [row] = await tx.$queryRaw<{ id: number; status: string; slug: string }[]>`
      SELECT "id", "status"::text AS "status", "slug" FROM "StoryTranslation"
      WHERE "storyId" = ${storyId} AND "locale" = ${locale}::"Locale" FOR UPDATE`;
    if (!row) return { ok: false, kind: "not-found" };
    // A note tells readers what changed in what they read: a draft has no readers.
    if (row.status !== "PUBLISHED") return { ok: false, kind: "not-allowed-now" };
    const now = new Date();
    const note = await tx.translationCorrection.create({
      data: {
        translationId: row.id,
        kind: request.kind === "correction" ? "CORRECTION" : "UPDATE",
        text: parsed.data,
        authorId: actor!.id,
        createdAt: now,
      },
    });
    await tx.storyTranslation.update({ where: { id: row.id }, data: { updatedAt: now } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "translation.correct",
      subject: `story:${storyId}/${locale}`,
      details: { slug: row.slug, kind: request.kind, correctionId: note.id },
    });
    return { ok: true, correctionId: note.id, tags: affectedTags(storyId, locale, [row.slug]) };
  });
}

/** A language version's notes, oldest first, for the newsroom. */
export async function listCorrections(storyId: number, locale: Locale): Promise<CorrectionNote[]> {
  const rows = await db().translationCorrection.findMany({
    where: { translation: { storyId, locale } },
    orderBy: { id: "asc" },
  });
  return rows.map(toCorrectionNote);
}

/**
 * The notes of every published version of a story that this member may add
 * notes to, by locale; versions they may not correct are left out.
 */
export async function correctableNotes(
  actor: NewsroomUser | null,
  story: { id: number; versions: Partial<Record<Locale, { status: string }>> },
): Promise<Partial<Record<Locale, CorrectionNote[]>>> {
  const locales = routing.locales.filter(
    (locale) =>
      story.versions[locale]?.status === "PUBLISHED" && can(actor, { type: "translation.correct", locale }),
  );
  const lists = await Promise.all(locales.map((locale) => listCorrections(story.id, locale)));
  return Object.fromEntries(locales.map((locale, index) => [locale, lists[index]!]));
}
