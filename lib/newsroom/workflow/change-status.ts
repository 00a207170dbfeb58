import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { recordAudit, type AuditAction } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { affectedTags } from "@/lib/newsroom/workflow/affected-tags";
import type { Invalidation } from "@/lib/cache-proxy/invalidation";
import { applyForwardDraft, draftStatus, type DraftStatus } from "@/lib/newsroom/workflow/forward-draft";
import { can, type NewsroomAction } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { membersWhoCan, notify, translatorsOf, versionTranslator } from "@/lib/notifications/notify";
import { refreshStoryMemoryAfter } from "@/lib/translation-memory/memory-store";

export const WORKFLOW_STEPS = ["submit", "withdraw", "publish", "unpublish"] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];
type Status = "DRAFT" | "IN_REVIEW" | "PUBLISHED";

// Each language version moves on its own: draft → in review → published,
// and back. Who may take a step is the permission table's business. On a
// published version with a forward draft, submit, withdraw and publish move
// the draft; unpublish always acts on the live version.
const STEPS: Record<WorkflowStep, { from: Status[]; to: Status; needs: NewsroomAction["type"] }> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", needs: "translation.submit" },
  withdraw: { from: ["IN_REVIEW"], to: "DRAFT", needs: "translation.submit" },
  publish: { from: ["DRAFT", "IN_REVIEW"], to: "PUBLISHED", needs: "translation.publish" },
  unpublish: { from: ["PUBLISHED"], to: "DRAFT", needs: "translation.unpublish" },
};

export type StatusResult =
  | ({ ok: true; status: Status } & Invalidation)
  | { ok: false; kind: "forbidden" | "not-found" | "not-allowed-now" | "unconfirmed" | "slug-taken" };

// Steps that take text away from readers: the member must have confirmed them.
const NEEDS_CONFIRMATION: readonly WorkflowStep[] = ["unpublish"];

export function needsConfirmation(step: WorkflowStep): boolean {
  return NEEDS_CONFIRMATION.includes(step);
}

function allows(actor: NewsroomUser | null, step: WorkflowStep, locale: Locale): boolean {
  return can(actor, { type: STEPS[step].needs, locale } as NewsroomAction);
}

/** The status a step starts from: the forward draft's, except for unpublishing the live version. */
const statusFor = (step: WorkflowStep, status: Status, draft: DraftStatus | null): Status =>
  step === "unpublish" ? status : (draft ?? status);

/** The steps this member may take from a version's current status (and its forward draft's). */
export function stepsFor(
  actor: NewsroomUser | null,
  status: Status,
  locale: Locale,
  draft: DraftStatus | null = null,
): WorkflowStep[] {
  return (Object.keys(STEPS) as WorkflowStep[]).filter(
    (step) => STEPS[step].from.includes(statusFor(step, status, draft)) && allows(actor, step, locale),
  );
}

/** Set when the job queue takes the step that a member scheduled: the audit entry says so. */
export interface ScheduledBy {
  scheduleId: number;
  runAt: Date;
}

/**
 * Takes one workflow step. The one entry point that publishes: a version,
 * or the forward draft of a published one (scheduled publishing calls it too).
 */
export async function changeStatus(
  actor: NewsroomUser | null,
  request: {
    storyId: number;
    locale: Locale;
    step: WorkflowStep;
    confirmed?: boolean;
    scheduled?: ScheduledBy;
  },
): Promise<StatusResult> {
  const { storyId, locale, step } = request;
  const rule = STEPS[step];
  if (!allows(actor, step, locale)) return { ok: false, kind: "forbidden" };
  if (needsConfirmation(step) && !request.confirmed) return { ok: false, kind: "unconfirmed" };
  // Who is told, once the step is taken (never as part of it).
  let tell: (() => Promise<void>) | null = null;
  const changing = db().$transaction(async (tx): Promise<StatusResult> => {
    const rows = await tx.$queryRaw<
      {
        id: number;
        status: Status;
        slug: string;
        revision: number;
        publishedAt: Date | null;
        sourceRevision: number;
      }[]
    >`
      SELECT "id", "status"::text AS "status", "slug", "revision", "publishedAt", "sourceRevision"
      FROM "StoryTranslation"
      WHERE "storyId" = ${storyId} AND "locale" = ${locale}::"Locale" FOR UPDATE`;
    const row = rows[0];
    if (!row) return { ok: false, kind: "not-found" };
    const draft = await tx.translationDraft.findUnique({ where: { translationId: row.id } });
    const from = statusFor(step, row.status, draftStatus(draft));
    if (!rule.from.includes(from)) return { ok: false, kind: "not-allowed-now" };
    const subject = `story:${storyId}/${locale}`;
    const story = await tx.story.findUniqueOrThrow({
      where: { id: storyId },
      select: { sourceLocale: true },
    });
    const event = { storyId, locale, actorId: actor!.id };
    if (step === "submit") {
      tell = async () =>
        notify(
          { ...event, kind: "review_requested" },
          await membersWhoCan({ type: "translation.publish", locale }),
        );
    } else if (step === "withdraw") {
      tell = async () =>
        notify({ ...event, kind: "translation_returned" }, await versionTranslator(storyId, locale));
    } else if (step === "publish" && locale !== story.sourceLocale) {
      tell = async () =>
        notify({ ...event, kind: "translation_published" }, await versionTranslator(storyId, locale));
    } else if (step === "publish" && row.publishedAt === null) {
      // A new story in its source language: the other languages' translators have work.
      tell = async () => {
        for (const other of routing.locales.filter((each) => each !== locale)) {
          await notify({ ...event, locale: other, kind: "source_published" }, await translatorsOf(other));
        }
      };
    }
    const audit = (action: AuditAction, details: Record<string, string | number | boolean>) =>
      recordAudit(tx, { actorId: actor!.id, action, subject, details });
    // A step the job queue takes for a member who scheduled it says so in the audit log.
    const scheduledBy: Record<string, string | number> = request.scheduled
      ? {
          scheduler: "job-queue",
          scheduleId: request.scheduled.scheduleId,
          runAt: request.scheduled.runAt.toISOString(),
        }
      : {};
    // Sending for review or publishing hands the version on: the member's own edit lock goes.
    if (step !== "withdraw") await tx.editLock.deleteMany({ where: { storyId, locale, userId: actor!.id } });

    if (draft && step !== "unpublish") {
      if (step === "publish") {
        const change = await applyForwardDraft(tx, { ...row, storyId, locale }, draft);
        // The source revision the published text was written from: time to
        // translation (lib/translation-desk) pairs source and translation publishes by it.
        await audit("translation.draft.publish", {
          slug: draft.slug,
          previousSlug: row.slug,
          revision: row.revision,
          sourceRevision: draft.sourceRevision,
          ...scheduledBy,
        });
        return { ok: true, status: "PUBLISHED", ...change };
      }
      await tx.translationDraft.update({ where: { translationId: row.id }, data: { status: rule.to } });
      await audit(step === "submit" ? "translation.submit" : "translation.withdraw", {
        slug: draft.slug,
        from: draft.status,
        to: rule.to,
        revision: row.revision,
        draft: true,
      });
      return { ok: true, status: row.status, tags: [] };
    }

    const now = new Date();
    await tx.storyTranslation.update({
      where: { id: row.id },
      data: {
        status: rule.to,
        // The first publication date stays when a version is republished.
        publishedAt: rule.to === "PUBLISHED" ? (row.publishedAt ?? now) : row.publishedAt,
      },
    });
    if (rule.to === "PUBLISHED") {
      await tx.story.updateMany({
        where: { id: storyId, firstPublishedAt: null },
        data: { firstPublishedAt: now },
      });
    }
    if (step === "publish" || step === "unpublish") {
      await audit(step === "publish" ? "translation.publish" : "translation.unpublish", {
        slug: row.slug,
        from: row.status,
        to: rule.to,
        sourceRevision: row.sourceRevision,
        ...scheduledBy,
      });
    } else {
      await audit(step === "submit" ? "translation.submit" : "translation.withdraw", {
        slug: row.slug,
        from: row.status,
        to: rule.to,
        revision: row.revision,
        draft: false,
      });
    }
    // Unpublished, nothing live is left to keep apart from the draft, the newest text.
    const draftChange = draft ? await applyForwardDraft(tx, { ...row, storyId, locale }, draft) : null;
    const touchesReaders = row.status === "PUBLISHED" || rule.to === "PUBLISHED";
    const tags = touchesReaders
      ? [
          ...new Set([
            ...affectedTags(storyId, locale, [row.slug], { shownElsewhereChanges: step === "unpublish" }),
            ...(draftChange?.tags ?? []),
          ]),
        ]
      : [];
    // Unpublishing withdraws the page and its headline from every list:
    // all of it is hard-purged, never served from the proxy's grace.
    return { ok: true, status: rule.to, tags, withdrawn: step === "unpublish" ? tags : [] };
  });
  // Publishing a draft takes its slug for the live version; another version may have taken it meanwhile.
  const result = await changing.catch((error: unknown): StatusResult => {
    if (isUniqueViolation(error)) return { ok: false, kind: "slug-taken" };
    throw error;
  });
  if (result.ok && (step === "publish" || step === "unpublish")) await refreshStoryMemoryAfter(db(), storyId);
  if (result.ok && tell) await (tell as () => Promise<void>)();
  return result;
}
