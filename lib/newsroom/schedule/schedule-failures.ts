import "server-only";
import type { Locale } from "next-intl";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { memberName, memberNameSelect, type MessageGender } from "@/lib/newsroom/people/member-name";
import { can, scheduledStepRight } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import type { RunOutcome, ScheduledStep } from "@/lib/newsroom/schedule/scheduled-changes";

/** A scheduled change that did not happen at its minute, until someone dismisses it. */
export interface ScheduleFailure {
  id: number;
  storyId: number;
  locale: Locale;
  step: ScheduledStep;
  runAt: Date;
  /** Why the step could not be taken then: "forbidden" (the scheduler's rights), else the version's state. */
  reason: Exclude<RunOutcome, "done">;
  /** Who scheduled it, named for the viewer's newsroom. */
  scheduledBy: string | null;
  schedulerGender: MessageGender;
  /** The story's headline in the viewer's language where it has one, else its source's. */
  headline: string;
  headlineLocale: Locale;
}

/**
 * The failed schedules this member could have taken the step of themselves
 * (those who can act on one see it), newest first; of one story when given.
 */
export async function scheduleFailures(
  user: NewsroomUser,
  viewerLocale: Locale,
  storyId?: number,
): Promise<ScheduleFailure[]> {
  const rows = await db().scheduledChange.findMany({
    where: {
      ranAt: { not: null },
      outcome: { not: "done" },
      dismissedAt: null,
      ...(storyId ? { storyId } : {}),
    },
    orderBy: [{ runAt: "desc" }, { id: "desc" }],
    take: 50,
    include: {
      scheduledBy: { select: memberNameSelect },
      story: { select: { sourceLocale: true, translations: { select: { locale: true, headline: true } } } },
    },
  });
  return rows.flatMap((row): ScheduleFailure[] => {
    const step: ScheduledStep = row.step === "unpublish" ? "unpublish" : "publish";
    if (!can(user, scheduledStepRight(step, row.locale))) return [];
    const shown =
      row.story.translations.find((version) => version.locale === viewerLocale) ??
      row.story.translations.find((version) => version.locale === row.story.sourceLocale);
    const scheduler = row.scheduledBy ? memberName(row.scheduledBy, viewerLocale) : null;
    return [
      {
        id: row.id,
        storyId: row.storyId,
        locale: row.locale,
        step,
        runAt: row.runAt,
        reason: (row.outcome ?? "not-allowed-now") as ScheduleFailure["reason"],
        scheduledBy: scheduler?.name ?? null,
        schedulerGender: scheduler?.gender ?? "other",
        headline: shown?.headline ?? "",
        headlineLocale: shown?.locale ?? row.story.sourceLocale,
      },
    ];
  });
}

export type DismissResult = { ok: true; storyId: number } | { ok: false; kind: "forbidden" | "not-found" };

/** A member who could have taken the step says the failure has been dealt with; the audit log keeps it. */
export async function dismissScheduleFailure(
  user: NewsroomUser | null,
  scheduleId: number,
): Promise<DismissResult> {
  if (!user) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx): Promise<DismissResult> => {
    const row = await tx.scheduledChange.findFirst({
      where: { id: scheduleId, ranAt: { not: null }, outcome: { not: "done" }, dismissedAt: null },
    });
    if (!row) return { ok: false, kind: "not-found" };
    const step: ScheduledStep = row.step === "unpublish" ? "unpublish" : "publish";
    if (!can(user, scheduledStepRight(step, row.locale))) return { ok: false, kind: "forbidden" };
    await tx.scheduledChange.update({
      where: { id: scheduleId },
      data: { dismissedAt: new Date(), dismissedById: user.id },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "schedule.dismiss",
      subject: `story:${row.storyId}/${row.locale}`,
      details: { scheduleId, step, runAt: row.runAt.toISOString(), reason: row.outcome ?? "" },
    });
    return { ok: true, storyId: row.storyId };
  });
}
