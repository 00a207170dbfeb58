import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { readerFormat, siteFormat } from "@/lib/format/reader-format";
import { timeZoneName } from "@/lib/format/format-date";
import { withValues } from "@/i18n/with-values";
import { messageGender } from "@/lib/newsroom/people/member-name";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import {
  MAX_SCHEDULE_DAYS,
  pendingSchedules,
  type ScheduledStep,
} from "@/lib/newsroom/schedule/scheduled-changes";
import { cancelScheduleAction, scheduleChangeAction } from "@/lib/actions/newsroom/schedule-actions";
import type { ScheduleProblem, EnteredSchedule } from "@/lib/newsroom/schedule/schedule-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";

interface Props {
  locale: Locale;
  user: NewsroomUser | null;
  storyId: number;
  /** The languages this story has a version in. */
  versions: Locale[];
  problem: ScheduleProblem | null;
  typed: EnteredSchedule | null;
  /** What a new form suggests. */
  suggested: { date: string; time: string };
}

const rightFor = (step: ScheduledStep, target: Locale) =>
  ({ type: step === "publish" ? "translation.publish" : "translation.unpublish", locale: target }) as const;

/**
 * Publishing or unpublishing a language version at a chosen minute, in the
 * newsroom's time zone, and the changes waiting to happen. Plain forms: it
 * works without JavaScript.
 */
export async function ScheduleSection({ locale, user, storyId, versions, problem, typed, suggested }: Props) {
  const t = withValues(await getTranslations({ locale, namespace: "Newsroom" }), {
    viewerGender: messageGender(user?.gender),
  });
  const tForms = await getTranslations({ locale, namespace: "Forms" });
  const pending = await pendingSchedules(storyId, locale);
  const targets = routing.locales.filter((target) => versions.includes(target));
  const schedulable = targets.filter((target) =>
    (["publish", "unpublish"] as const).some((step) => can(user, rightFor(step, target))),
  );
  if (schedulable.length === 0 && pending.length === 0) return null;
  return (
    <section aria-labelledby="schedule" className="schedule">
      <h2 id="schedule">{t("schedule.title")}</h2>
      <p>{t("schedule.zone", { zone: timeZoneName(locale, siteFormat.timeZone) })}</p>
      {pending.length > 0 ? (
        <NewsroomTable
          className="schedule-pending"
          columns={[
            t("story.language"),
            t("schedule.change"),
            t("schedule.when"),
            t("schedule.by"),
            t("story.actions"),
          ]}
        >
          {pending.map((row) => (
            <tr key={row.id} data-locale={row.locale}>
              <th scope="row">{t(`locales.${row.locale}`)}</th>
              <td>{t(`schedule.steps.${row.step}`)}</td>
              <td>
                <time dateTime={row.runAt.toISOString()}>{readerFormat.dateTime(row.runAt, locale)}</time>
              </td>
              <td>{row.scheduledBy ? <bdi>{row.scheduledBy}</bdi> : "—"}</td>
              <td>
                {can(user, rightFor(row.step, row.locale)) ? (
                  <form action={cancelScheduleAction}>
                    <input type="hidden" name="uiLocale" value={locale} />
                    <input type="hidden" name="storyId" value={storyId} />
                    <input type="hidden" name="scheduleId" value={row.id} />
                    <button type="submit">{t("schedule.cancel")}</button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </NewsroomTable>
      ) : (
        <p>{t("schedule.none")}</p>
      )}
      {schedulable.map((target) => {
        const mine = typed?.locale === target ? typed : null;
        const errorId = `schedule-error-${target}`;
        const error = mine && problem ? errorId : undefined;
        return (
          <form
            key={target}
            id={`schedule-${target}`}
            action={scheduleChangeAction}
            className="newsroom-form schedule-form"
          >
            {error ? (
              <ErrorSummary
                title={tForms("errorSummary")}
                errors={[
                  {
                    field: `schedule-date-${target}`,
                    label: t("schedule.date"),
                    text: t(`schedule.problem.${problem!}`, { days: MAX_SCHEDULE_DAYS }),
                  },
                ]}
              />
            ) : null}
            <fieldset>
              <legend>{t("schedule.legend", { language: t(`locales.${target}`) })}</legend>
              <input type="hidden" name="uiLocale" value={locale} />
              <input type="hidden" name="storyId" value={storyId} />
              <input type="hidden" name="target" value={target} />
              <div className="field">
                <label htmlFor={`schedule-step-${target}`}>{t("schedule.change")}</label>
                <select id={`schedule-step-${target}`} name="step" defaultValue={mine?.step ?? "publish"}>
                  {(["publish", "unpublish"] as const)
                    .filter((step) => can(user, rightFor(step, target)))
                    .map((step) => (
                      <option key={step} value={step}>
                        {t(`schedule.steps.${step}`)}
                      </option>
                    ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`schedule-date-${target}`}>{t("schedule.date")}</label>
                <input
                  id={`schedule-date-${target}`}
                  type="date"
                  name="date"
                  required
                  dir="ltr"
                  defaultValue={mine?.date ?? suggested.date}
                  aria-describedby={error}
                  aria-invalid={error ? true : undefined}
                />
              </div>
              <div className="field">
                <label htmlFor={`schedule-time-${target}`}>{t("schedule.time")}</label>
                <input
                  id={`schedule-time-${target}`}
                  type="time"
                  name="time"
                  required
                  step={60}
                  dir="ltr"
                  defaultValue={mine?.time ?? suggested.time}
                  aria-describedby={error}
                  aria-invalid={error ? true : undefined}
                />
              </div>
              {error ? (
                <p id={errorId} className="field-error" role="alert">
                  {t(`schedule.problem.${problem!}`, { days: MAX_SCHEDULE_DAYS })}
                </p>
              ) : null}
              <button type="submit">{t("schedule.submit")}</button>
            </fieldset>
          </form>
        );
      })}
    </section>
  );
}
