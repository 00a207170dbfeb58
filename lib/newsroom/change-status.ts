import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { affectedTags } from "@/lib/newsroom/affected-tags";
import { can, type NewsroomAction } from "@/lib/newsroom/permissions";
import type { NewsroomUser } from "@/lib/newsroom/roles";

export const WORKFLOW_STEPS = ["submit", "withdraw", "publish", "unpublish"] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];
type Status = "DRAFT" | "IN_REVIEW" | "PUBLISHED";

// Each language version moves on its own: draft → in review → published,
// and back. Who may take a step is the permission table's business.
const STEPS: Record<WorkflowStep, { from: Status[]; to: Status; needs: NewsroomAction["type"] }> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", needs: "translation.submit" },
  withdraw: { from: ["IN_REVIEW"], to: "DRAFT", needs: "translation.submit" },
  publish: { from: ["DRAFT", "IN_REVIEW"], to: "PUBLISHED", needs: "translation.publish" },
  unpublish: { from: ["PUBLISHED"], to: "DRAFT", needs: "translation.unpublish" },
};

export type StatusResult =
  | { ok: true; status: Status; tags: string[] }
  | { ok: false; kind: "forbidden" | "not-found" | "not-allowed-now" };

function allows(actor: NewsroomUser | null, step: WorkflowStep, locale: AppLocale): boolean {
  return can(actor, { type: STEPS[step].needs, locale } as NewsroomAction);
}

/** The steps this member may take from a version's current status. */
export function stepsFor(actor: NewsroomUser | null, status: Status, locale: AppLocale): WorkflowStep[] {
  return (Object.keys(STEPS) as WorkflowStep[]).filter(
    (step) => STEPS[step].from.includes(status) && allows(actor, step, locale),
  );
}

export async function changeStatus(
  actor: NewsroomUser | null,
  request: { storyId: number; locale: AppLocale; step: WorkflowStep },
): Promise<StatusResult> {
  const { storyId, locale, step } = request;
  const rule = STEPS[step];
  if (!allows(actor, step, locale)) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx): Promise<StatusResult> => {
    const rows = await tx.$queryRaw<{ id: number; status: Status; slug: string; publishedAt: Date | null }[]>`
      SELECT "id", "status"::text AS "status", "slug", "publishedAt" FROM "StoryTranslation"
      WHERE "storyId" = ${storyId} AND "locale" = ${locale}::"Locale" FOR UPDATE`;
    const row = rows[0];
    if (!row) return { ok: false, kind: "not-found" };
    if (!rule.from.includes(row.status)) return { ok: false, kind: "not-allowed-now" };
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
    await recordAudit(tx, {
      actorId: actor!.id,
      action: `translation.${step}`,
      subject: `story:${storyId}/${locale}`,
      details: { slug: row.slug, from: row.status, to: rule.to },
    });
    const touchesReaders = row.status === "PUBLISHED" || rule.to === "PUBLISHED";
    return {
      ok: true,
      status: rule.to,
      tags: touchesReaders
        ? affectedTags(storyId, locale, [row.slug], { shownElsewhereChanges: step === "unpublish" })
        : [],
    };
  });
}
