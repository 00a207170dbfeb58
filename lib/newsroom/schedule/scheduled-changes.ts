import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { SCHEDULED_CHANGE_TASK } from "@/lib/jobs/job-calls";
import { changeStatus } from "@/lib/newsroom/workflow/change-status";
import { memberName, memberNameSelect } from "@/lib/newsroom/people/member-name";
import { can, scheduledStepRight } from "@/lib/newsroom/access/permissions";
import { isRole, type NewsroomUser } from "@/lib/newsroom/access/roles";
import { membersWhoCan, notify } from "@/lib/notifications/notify";
import type { Invalidation } from "@/lib/cache-proxy/invalidation";
import { MAX_SCHEDULE_DAYS, scheduleJobKey } from "@/lib/newsroom/schedule/schedule-rules";
import { currentRequestId, log } from "@/lib/logging/request-log-context";

export const SCHEDULED_STEPS = ["publish", "unpublish"] as const;
export type ScheduledStep = (typeof SCHEDULED_STEPS)[number];

export { MAX_SCHEDULE_DAYS };

export interface PendingSchedule {
  id: number;
  locale: Locale;
  step: ScheduledStep;
  runAt: Date;
  scheduledBy: string | null;
}

export type ScheduleResult =
  | { ok: true; scheduleId: number }
  | {
      ok: false;
      kind: "forbidden" | "not-found" | "past" | "too-far" | "nothing-to-publish" | "not-published";
    };

type VersionAt = { published: boolean; pendingText: boolean };

/**
 * Whether `step` can be taken on a version in this state, and the state
 * after it: publishing needs text that readers do not have yet (an
 * unpublished version, or a forward draft); unpublishing needs a published
 * version. The same rules as lib/newsroom/workflow/change-status, on the state the
 * version will be in when the minute comes.
 */
function stepOn(
  state: VersionAt,
  step: ScheduledStep,
): { ok: true; after: VersionAt } | { ok: false; kind: "nothing-to-publish" | "not-published" } {
  if (step === "publish") {
    if (state.published && !state.pendingText) return { ok: false, kind: "nothing-to-publish" };
    return { ok: true, after: { published: true, pendingText: false } };
  }
  if (!state.published) return { ok: false, kind: "not-published" };
  return { ok: true, after: { published: false, pendingText: true } };
}

/**
 * Schedules a publish or unpublish of one language version at a minute. The
 * row, its job and the audit entry are written in one transaction, so a job
 * never exists without its row nor a row without its job.
 */
export async function scheduleChange(
  actor: NewsroomUser | null,
  request: { storyId: number; locale: Locale; step: ScheduledStep; runAt: Date },
): Promise<ScheduleResult> {
  const { storyId, locale, step, runAt } = request;
  if (!can(actor, scheduledStepRight(step, locale))) return { ok: false, kind: "forbidden" };
  const now = Date.now();
  // The chosen minute must still be ahead: a minute already begun would fire at once.
  if (runAt.getTime() <= now) return { ok: false, kind: "past" };
  if (runAt.getTime() > now + MAX_SCHEDULE_DAYS * 86_400_000) return { ok: false, kind: "too-far" };
  const result = await db().$transaction(async (tx): Promise<ScheduleResult> => {
    const version = await tx.storyTranslation.findUnique({
      where: { storyId_locale: { storyId, locale } },
      select: { id: true, status: true, draft: { select: { translationId: true } } },
    });
    if (!version) return { ok: false, kind: "not-found" };
    // The version as it will be at the chosen minute, after the schedules due before it:
    // a schedule that could not run then is refused now, saying why, instead of failing at its minute.
    const earlier = await tx.scheduledChange.findMany({
      where: { storyId, locale, ranAt: null, runAt: { lt: runAt } },
      orderBy: [{ runAt: "asc" }, { id: "asc" }],
      select: { step: true },
    });
    let state: VersionAt = { published: version.status === "PUBLISHED", pendingText: version.draft !== null };
    for (const pending of earlier) {
      const taken = stepOn(state, pending.step === "unpublish" ? "unpublish" : "publish");
      if (taken.ok) state = taken.after;
    }
    const possible = stepOn(state, step);
    if (!possible.ok) return { ok: false, kind: possible.kind };
    const row = await tx.scheduledChange.create({
      data: { storyId, locale, step, runAt, scheduledById: actor!.id },
    });
    await tx.$executeRaw`SELECT graphile_worker.add_job(
      ${SCHEDULED_CHANGE_TASK}, json_build_object('scheduleId', ${row.id}::int, 'requestId', ${currentRequestId()}::text),
      run_at => ${runAt}, job_key => ${scheduleJobKey(row.id)}, max_attempts => 10)`;
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "schedule.create",
      subject: `story:${storyId}/${locale}`,
      details: { scheduleId: row.id, step, runAt: runAt.toISOString() },
    });
    return { ok: true, scheduleId: row.id };
  });
  if (result.ok) {
    log().info(
      { scheduleId: result.scheduleId, storyId, locale, step, runAt: runAt.toISOString() },
      "change scheduled",
    );
  }
  // The scheduler reads the refusal beside the form; the other editors learn of the attempt.
  if (!result.ok && (result.kind === "nothing-to-publish" || result.kind === "not-published")) {
    await notify(
      {
        kind: "schedule_refused",
        storyId,
        locale,
        actorId: actor!.id,
        details: { step, runAt: runAt.toISOString(), reason: result.kind },
      },
      await membersWhoCan(scheduledStepRight(step, locale)),
    );
  }
  return result;
}

export type CancelResult =
  { ok: true; storyId: number; locale: Locale } | { ok: false; kind: "forbidden" | "not-found" | "too-late" };

/** Cancels a schedule that has not fired; one whose minute has come is left to its job. */
export async function cancelSchedule(
  actor: NewsroomUser | null,
  request: { scheduleId: number },
): Promise<CancelResult> {
  return db().$transaction(async (tx): Promise<CancelResult> => {
    const rows = await tx.$queryRaw<{ storyId: number; locale: Locale; step: ScheduledStep; runAt: Date }[]>`
      SELECT "storyId", "locale"::text AS "locale", "step", "runAt" FROM "ScheduledChange"
      WHERE "id" = ${request.scheduleId} AND "ranAt" IS NULL FOR UPDATE`;
    const row = rows[0];
    if (!row) return { ok: false, kind: "not-found" };
    if (!can(actor, scheduledStepRight(row.step, row.locale))) return { ok: false, kind: "forbidden" };
    if (row.runAt.getTime() <= Date.now()) return { ok: false, kind: "too-late" };
    await tx.scheduledChange.delete({ where: { id: request.scheduleId } });
    await tx.$executeRaw`SELECT graphile_worker.remove_job(${scheduleJobKey(request.scheduleId)})`;
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "schedule.cancel",
      subject: `story:${row.storyId}/${row.locale}`,
      details: { scheduleId: request.scheduleId, step: row.step, runAt: row.runAt.toISOString() },
    });
    return { ok: true, storyId: row.storyId, locale: row.locale };
  });
}

/** The schedules of a story that have not fired, soonest first, their schedulers named for `viewerLocale`. */
export async function pendingSchedules(storyId: number, viewerLocale: Locale): Promise<PendingSchedule[]> {
  const rows = await db().scheduledChange.findMany({
    where: { storyId, ranAt: null },
    orderBy: [{ runAt: "asc" }, { id: "asc" }],
    include: { scheduledBy: { select: memberNameSelect } },
  });
  return rows.map((row) => ({
    id: row.id,
    locale: row.locale,
    step: row.step === "unpublish" ? "unpublish" : "publish",
    runAt: row.runAt,
    scheduledBy: row.scheduledBy ? memberName(row.scheduledBy, viewerLocale).name : null,
  }));
}

/**
 * The member who scheduled the change, as they are now: a disabled or
 * deleted member, or one who lost the right since, schedules nothing.
 */
async function schedulerNow(userId: string | null): Promise<NewsroomUser | null> {
  if (!userId) return null;
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user || user.disabledAt || !isRole(user.role)) return null;
  const known: readonly string[] = routing.locales;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locales: user.locales.filter((locale): locale is Locale => known.includes(locale)),
  };
}

export type RunOutcome =
  "done" | "forbidden" | "not-found" | "not-allowed-now" | "slug-taken" | "unconfirmed";
export type RunResult = { ran: false } | ({ ran: true; outcome: RunOutcome } & Invalidation);

/**
 * Fires a schedule through the one workflow entry point (changeStatus), as
 * the member who scheduled it. Runs at most once in effect: a schedule
 * already fired or cancelled does nothing, and changeStatus itself refuses
 * to publish a version twice, under its row lock.
 */
export async function runScheduledChange(scheduleId: number): Promise<RunResult> {
  const row = await db().scheduledChange.findFirst({ where: { id: scheduleId, ranAt: null } });
  if (!row) return { ran: false };
  const step: ScheduledStep = row.step === "unpublish" ? "unpublish" : "publish";
  const result = await changeStatus(await schedulerNow(row.scheduledById), {
    storyId: row.storyId,
    locale: row.locale,
    step,
    // Scheduling an unpublish was itself the deliberate choice the confirm step asks for.
    confirmed: true,
    scheduled: { scheduleId, runAt: row.runAt },
  });
  const outcome: RunOutcome = result.ok ? "done" : result.kind;
  // The scheduler's run, one line each, beside the job queue's line for its job.
  log().info(
    { scheduleId, storyId: row.storyId, locale: row.locale, step, runAt: row.runAt.toISOString(), outcome },
    "scheduled change ran",
  );
  await db().$transaction(async (tx) => {
    const marked = await tx.scheduledChange.updateMany({
      where: { id: scheduleId, ranAt: null },
      data: { ranAt: new Date(), outcome },
    });
    if (marked.count === 1 && !result.ok) {
      await recordAudit(tx, {
        actorId: row.scheduledById,
        action: "schedule.fail",
        subject: `story:${row.storyId}/${row.locale}`,
        details: { scheduleId, step, runAt: row.runAt.toISOString(), reason: result.kind },
      });
    }
  });
  if (!result.ok) {
    await notify(
      {
        kind: "schedule_failed",
        storyId: row.storyId,
        locale: row.locale,
        actorId: null,
        details: { step, runAt: row.runAt.toISOString(), reason: result.kind },
      },
      [
        ...(row.scheduledById ? [row.scheduledById] : []),
        ...(await membersWhoCan(scheduledStepRight(step, row.locale))),
      ],
    );
  }
  return {
    ran: true,
    outcome,
    tags: result.ok ? result.tags : [],
    withdrawn: result.ok ? (result.withdrawn ?? []) : [],
  };
}
