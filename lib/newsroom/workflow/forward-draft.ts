import "server-only";
import type { Locale } from "next-intl";
import { recordAudit } from "@/lib/audit-log/record-audit";
import type { Prisma, StoryTranslation, TranslationDraft } from "@/lib/generated/prisma/client";
import { affectedTags, retiredSlugTags } from "@/lib/newsroom/workflow/affected-tags";
import type { Invalidation } from "@/lib/cache-proxy/invalidation";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import type { SaveResult } from "@/lib/newsroom/workflow/save-result";
import type { TranslationFields } from "@/lib/newsroom/editor/translation-fields";
import { sameText } from "@/lib/newsroom/workflow/unchanged-text";

type Tx = Prisma.TransactionClient;

/** Where a forward draft stands; it is never published itself (publishing copies it and deletes it). */
export type DraftStatus = "DRAFT" | "IN_REVIEW";
export const draftStatus = (draft: Pick<TranslationDraft, "status"> | null): DraftStatus | null =>
  draft === null ? null : draft.status === "IN_REVIEW" ? "IN_REVIEW" : "DRAFT";

const sourceTextDiffers = (
  a: TranslationFields | StoryTranslation,
  b: TranslationFields | TranslationDraft,
) => a.headline !== b.headline || a.dek !== b.dek || a.body !== b.body;

/**
 * Saves the next text of a published version beside its live text, which
 * readers keep seeing. The revision counter is the version's own, so a save
 * over a newer draft is refused like any other (the caller checked it).
 */
export async function saveForwardDraft(
  tx: Tx,
  actor: NewsroomUser,
  input: {
    story: { sourceLocale: Locale; sourceRevision: number };
    version: StoryTranslation;
    fields: TranslationFields;
    request: { sourceRevision: number; restoredFrom?: number };
  },
): Promise<SaveResult> {
  const { story, version, fields } = input;
  // The live slug is unique per locale; a draft may not take another version's.
  const clash = await tx.storyTranslation.count({
    where: { locale: version.locale, slug: fields.slug, id: { not: version.id } },
  });
  if (clash > 0) return { ok: false, kind: "invalid", errors: { slug: "slugTaken" } };

  // A source draft whose text differs is the source revision it will become
  // when published; translations go outdated only then, when readers see it.
  const sourceRevision =
    version.locale === story.sourceLocale
      ? story.sourceRevision + (sourceTextDiffers(version, fields) ? 1 : 0)
      : Math.min(input.request.sourceRevision, story.sourceRevision);
  const revision = version.revision + 1;
  // The live text saved back over a draft: nothing is pending any more, so
  // no draft identical to what readers see is left waiting to be published.
  const backToLive = sameText(version, fields) && sourceRevision === version.sourceRevision;
  if (backToLive) {
    await tx.translationDraft.deleteMany({ where: { translationId: version.id } });
  } else {
    await tx.translationDraft.upsert({
      where: { translationId: version.id },
      create: { translationId: version.id, ...fields, sourceRevision },
      update: { ...fields, sourceRevision },
    });
  }
  // Kept as it was: readers' "updated" dates and sitemaps read it.
  await tx.storyTranslation.update({
    where: { id: version.id },
    data: { revision, updatedAt: version.updatedAt },
  });
  await tx.translationRevision.create({
    data: { translationId: version.id, number: revision, ...fields, sourceRevision, authorId: actor.id },
  });
  const restoredFrom = input.request.restoredFrom;
  await recordAudit(tx, {
    actorId: actor.id,
    subject: `story:${version.storyId}/${version.locale}`,
    // A restore on a published version lands in its draft, and says which revision it brought back.
    ...(restoredFrom === undefined
      ? { action: "translation.draft.save", details: { slug: fields.slug, revision } }
      : { action: "translation.restore", details: { revision, restored: restoredFrom, draft: true } }),
  });
  return { ok: true, translationId: version.id, revision, tags: [], draft: !backToLive };
}

/**
 * Makes a forward draft the version's text and deletes it: on "publish"
 * (the one place a draft reaches readers, called by changeStatus) and on
 * "unpublish", when nothing stays live to keep apart and the draft is the
 * newest text. Returns what to expire: the old slug, when it changes, is
 * retired (a redirect from now on) and hard-purged.
 */
export async function applyForwardDraft(
  tx: Tx,
  version: { id: number; storyId: number; locale: Locale; slug: string },
  draft: TranslationDraft,
): Promise<Invalidation> {
  const story = await tx.story.findUniqueOrThrow({ where: { id: version.storyId } });
  await tx.storyTranslation.update({
    where: { id: version.id },
    data: {
      slug: draft.slug,
      headline: draft.headline,
      dek: draft.dek,
      body: draft.body,
      leadImageAlt: draft.leadImageAlt,
      leadImageCaption: draft.leadImageCaption,
      sourceRevision: draft.sourceRevision,
    },
  });
  await tx.translationDraft.delete({ where: { translationId: version.id } });
  // The taken slug stops redirecting elsewhere; the old one starts redirecting here.
  await tx.retiredSlug.deleteMany({ where: { locale: version.locale, slug: draft.slug } });
  if (version.slug !== draft.slug) {
    await tx.retiredSlug.create({
      data: { locale: version.locale, slug: version.slug, translationId: version.id },
    });
  }
  await tx.story.update({
    where: { id: version.storyId },
    data: {
      lastUpdatedAt: new Date(),
      ...(version.locale === story.sourceLocale
        ? { sourceRevision: Math.max(story.sourceRevision, draft.sourceRevision) }
        : {}),
    },
  });
  return {
    tags: affectedTags(version.storyId, version.locale, [version.slug, draft.slug], {
      shownElsewhereChanges: true,
    }),
    withdrawn: retiredSlugTags(version.locale, version.slug, draft.slug),
  };
}
