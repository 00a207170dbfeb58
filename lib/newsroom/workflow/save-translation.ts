import "server-only";
import type { Locale } from "next-intl";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { affectedTags, retiredSlugTags } from "@/lib/newsroom/workflow/affected-tags";
import { messageGender } from "@/lib/newsroom/people/member-name";
import type { SaveRequest, SaveResult } from "@/lib/newsroom/workflow/save-result";
import { can } from "@/lib/newsroom/access/permissions";
import { saveForwardDraft } from "@/lib/newsroom/workflow/forward-draft";
import { refreshClaim } from "@/lib/translation-desk/claims";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { parseTranslationFields } from "@/lib/newsroom/editor/translation-fields";
import { sameText } from "@/lib/newsroom/workflow/unchanged-text";
import { namesUnknownUpload } from "@/lib/newsroom/media/body-image-uploads";
import { setLeadImageCredit } from "@/lib/newsroom/media/lead-image-credit-command";

export type { SaveRequest, SaveResult, StoredVersion } from "@/lib/newsroom/workflow/save-result";

/**
 * Saves one language version as a new revision. Refuses (and changes
 * nothing) when the version moved on since the editor opened it, so two
 * people never silently overwrite each other. A change to the source
 * language's text makes every translation made from it outdated. On a
 * published version the save goes to its forward draft and readers keep
 * the live text until the draft is published (changeStatus "publish").
 */
export async function saveTranslation(actor: NewsroomUser | null, request: SaveRequest): Promise<SaveResult> {
  const { storyId, locale } = request;
  if (!can(actor, { type: "translation.edit", locale })) return { ok: false, kind: "forbidden" };
  const parsed = parseTranslationFields(request.fields);
  if (!parsed.ok) return { ok: false, kind: "invalid", errors: parsed.errors };
  const fields = parsed.fields;
  if (await namesUnknownUpload(fields.body))
    return { ok: false, kind: "invalid", errors: { body: "imageUnknown" } };

  const saving = db().$transaction(async (tx): Promise<SaveResult> => {
    // Lock the story row: saves of one story are taken one at a time.
    const [story] = await tx.$queryRaw<{ sourceLocale: Locale; sourceRevision: number }[]>`
      SELECT "sourceLocale"::text AS "sourceLocale", "sourceRevision" FROM "Story" WHERE "id" = ${storyId} FOR UPDATE`;
    if (!story) return { ok: false, kind: "not-found" };
    const existing = await tx.storyTranslation.findUnique({
      where: { storyId_locale: { storyId, locale } },
      include: { revisions: { orderBy: { number: "desc" }, take: 1, include: { author: true } } },
    });

    if ((existing?.revision ?? null) !== request.baseRevision) {
      if (!existing) return { ok: false, kind: "not-found" };
      // The newest revision is the newest text, live or forward draft.
      const last = existing.revisions[0];
      const text = last ?? existing;
      return {
        ok: false,
        kind: "conflict",
        theirs: {
          slug: text.slug,
          headline: text.headline,
          dek: text.dek,
          body: text.body,
          leadImageAlt: text.leadImageAlt,
          leadImageCaption: text.leadImageCaption,
          revision: existing.revision,
          savedById: last?.author?.id ?? null,
          savedBy: last?.author?.name ?? null,
          savedByGender: messageGender(last?.author?.gender),
          savedAt: (last?.createdAt ?? existing.updatedAt).toISOString(),
        },
      };
    }
    // The newest text, live or forward draft, saved again as it stands: a
    // translation's save still counts when it catches up with a newer source.
    // A version loaded without revisions (the seed, an import) is its own newest text.
    const newest = existing?.revisions[0] ?? existing;
    const isSourceLocale = locale === story.sourceLocale;
    if (
      existing &&
      newest &&
      sameText(newest, fields) &&
      (isSourceLocale || Math.min(request.sourceRevision, story.sourceRevision) === newest.sourceRevision)
    ) {
      return { ok: true, translationId: existing.id, revision: existing.revision, tags: [], unchanged: true };
    }
    // A published version keeps its live text: the save becomes its forward draft.
    if (existing?.status === "PUBLISHED") {
      return saveForwardDraft(tx, actor!, { story, version: existing, fields, request });
    }

    const sourceTextChanged =
      isSourceLocale &&
      existing !== null &&
      (existing.headline !== fields.headline || existing.dek !== fields.dek || existing.body !== fields.body);
    const storySourceRevision = story.sourceRevision + (sourceTextChanged ? 1 : 0);
    // A translation is as fresh as the source its editor was showing.
    const sourceRevision = isSourceLocale
      ? storySourceRevision
      : Math.min(request.sourceRevision, story.sourceRevision);
    const revision = (existing?.revision ?? 0) + 1;

    const translation = existing
      ? await tx.storyTranslation.update({
          where: { id: existing.id },
          data: { ...fields, revision, sourceRevision },
        })
      : await tx.storyTranslation.create({
          data: { storyId, locale, ...fields, revision, sourceRevision, status: "DRAFT" },
        });
    await tx.translationRevision.create({
      data: {
        translationId: translation.id,
        number: revision,
        ...fields,
        sourceRevision,
        authorId: actor!.id,
      },
    });
    // The taken slug stops redirecting elsewhere; the old one starts redirecting here.
    await tx.retiredSlug.deleteMany({ where: { locale, slug: fields.slug } });
    if (existing && existing.slug !== fields.slug) {
      await tx.retiredSlug.create({ data: { locale, slug: existing.slug, translationId: existing.id } });
    }
    await tx.story.update({
      where: { id: storyId },
      data: { sourceRevision: storySourceRevision, lastUpdatedAt: new Date() },
    });
    const subject = `story:${storyId}/${locale}`;
    await recordAudit(tx, {
      actorId: actor!.id,
      subject,
      ...(request.restoredFrom === undefined
        ? { action: "translation.save", details: { revision, slug: fields.slug } }
        : { action: "translation.restore", details: { revision, restored: request.restoredFrom } }),
    });
    if (existing && existing.slug !== fields.slug) {
      await recordAudit(tx, {
        actorId: actor!.id,
        action: "translation.slug",
        subject,
        details: { revision, from: existing.slug, to: fields.slug },
      });
    }

    const slugs = existing ? [existing.slug, fields.slug] : [fields.slug];
    return {
      ok: true,
      translationId: translation.id,
      revision,
      tags:
        translation.status === "PUBLISHED"
          ? affectedTags(storyId, locale, slugs, { shownElsewhereChanges: true })
          : [],
      withdrawn:
        translation.status === "PUBLISHED" && existing
          ? retiredSlugTags(locale, existing.slug, fields.slug)
          : [],
    };
  });
  // The slug is unique per locale: another version already using it is the
  // only unique constraint a save can hit.
  const result = await saving.catch((error: unknown): SaveResult => {
    if (isUniqueViolation(error)) return { ok: false, kind: "invalid", errors: { slug: "slugTaken" } };
    throw error;
  });
  // A save is work on the version: the saver's claim on it stays alive.
  if (result.ok) await refreshClaim(db(), actor!.id, request.storyId, request.locale);
  return result.ok ? withLeadImageCredit(actor!, request, result) : result;
}

type SavedResult = Extract<SaveResult, { ok: true }>;

/**
 * The credit belongs to the upload, not to the text's revisions, so it is
 * stored after the text; a new credit alone is a change too, and every page
 * showing the picture is purged with the text's own pages.
 */
async function withLeadImageCredit(
  actor: NewsroomUser,
  request: SaveRequest,
  result: SavedResult,
): Promise<SavedResult> {
  if (request.photoCredit === undefined) return result;
  const { storyId, locale } = request;
  const credit = await setLeadImageCredit(actor, { storyId, locale, credit: request.photoCredit });
  if (!credit.ok || !credit.changed) return result;
  const { unchanged, ...saved } = result;
  return { ...saved, tags: [...saved.tags, ...credit.tags], ...(unchanged ? { credited: true } : {}) };
}
