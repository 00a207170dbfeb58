import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { readerFormat } from "@/lib/format/reader-format";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import type { ScheduleFailure } from "@/lib/newsroom/schedule/schedule-failures";
import { dismissScheduleFailureAction } from "@/lib/actions/newsroom/schedule-actions";

/**
 * Scheduled changes that did not happen at their minute, each saying why,
 * until a member who could act on it dismisses it: on the newsroom home (all
 * of them) and on the story's overview (that story's).
 */
export async function ScheduleFailureNotices({
  locale,
  failures,
  storyId,
}: {
  locale: Locale;
  failures: ScheduleFailure[];
  /** On a story's overview: the dismissal comes back there. */
  storyId?: number;
}) {
  if (failures.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  return (
    <section className="schedule-failures" aria-labelledby="schedule-failures-title">
      <h2 id="schedule-failures-title">{t("scheduleFailures.title")}</h2>
      <ul>
        {failures.map((failure) => {
          const values = {
            step: failure.step,
            reason: failure.reason === "forbidden" ? "forbidden" : "state",
            language: t(`locales.${failure.locale}`),
            runAt: readerFormat.dateTime(failure.runAt, locale),
            headline: failure.headline,
            scheduler: failure.scheduledBy ?? "",
            schedulerGender: failure.schedulerGender,
            story: (chunks: React.ReactNode) => (
              <a href={newsroomPaths.story(locale, failure.storyId)} lang={failure.headlineLocale} dir="auto">
                {chunks}
              </a>
            ),
            member: (chunks: React.ReactNode) => <bdi>{chunks}</bdi>,
          };
          return (
            <li key={failure.id} data-schedule-failure={failure.id} data-story-id={failure.storyId}>
              <p>
                {failure.scheduledBy
                  ? t.rich("scheduleFailures.item", values)
                  : t.rich("scheduleFailures.itemNoScheduler", values)}
              </p>
              <form action={dismissScheduleFailureAction}>
                <input type="hidden" name="uiLocale" value={locale} />
                <input type="hidden" name="scheduleId" value={failure.id} />
                {storyId ? <input type="hidden" name="storyId" value={storyId} /> : null}
                <button type="submit">{t("scheduleFailures.dismiss")}</button>
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
