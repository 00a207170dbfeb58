import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { withValues } from "@/i18n/with-values";
import { messageGender } from "@/lib/newsroom/people/member-name";
import { routing } from "@/i18n/routing";
import { localeFacts } from "@/lib/locale/locale-facts";
import { imageLimitArgs } from "@/lib/newsroom/media/image-limits";
import { CREDIT_MAX_LENGTH } from "@/lib/newsroom/media/media-credits";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import type { StoryForEditing } from "@/lib/newsroom/editor/story-editor-data";
import { stepsFor } from "@/lib/newsroom/workflow/change-status";
import type { EnteredDetails } from "@/lib/newsroom/forms/entered-details";
import { closeCommentsAction } from "@/lib/actions/newsroom/comment-moderation-actions";
import { changeStatusAction } from "@/lib/actions/newsroom/translation-actions";
import { ConfirmStep } from "@/components/newsroom/confirm-step";
import { CorrectionPanel } from "@/components/newsroom/correction-panel";
import type { CorrectionNote } from "@/lib/newsroom/workflow/correction-fields";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { StoryDetailsForm } from "@/components/newsroom/story-details-form";
import { StoryVersionRow } from "@/components/newsroom/story-version-row";
import { ScheduleSection } from "@/components/newsroom/schedule-section";
import { LanguageMark } from "@/components/newsroom/language-mark";
import { ScheduleFailureNotices } from "@/components/newsroom/schedule-failure-notices";
import type { ScheduleFailure } from "@/lib/newsroom/schedule/schedule-failures";
import type { ScheduleProblem, EnteredSchedule } from "@/lib/newsroom/schedule/schedule-form";

export const STORY_DONE = [
  "submit",
  "withdraw",
  "publish",
  "unpublish",
  "details",
  "comments",
  "correction",
  "scheduled",
  "unscheduled",
  "dismissed",
] as const;
export const STORY_PROBLEMS = [
  "forbidden",
  "not-found",
  "not-allowed-now",
  "slug-taken",
  "invalid",
  "imageType",
  "imageTooLarge",
  "imageDimensions",
  "uploadQuota",
  "creditRequired",
  "creditTooLong",
  "scheduleTooLate",
] as const;

interface Props {
  locale: Locale;
  user: NewsroomUser | null;
  story: StoryForEditing;
  done: (typeof STORY_DONE)[number] | null;
  problem: (typeof STORY_PROBLEMS)[number] | null;
  /** The language version whose unpublishing waits for confirmation (`?unpublish=`). */
  confirmUnpublish: Locale | null;
  /** Notes under each published version this member may add notes to. */
  corrections: Partial<Record<Locale, CorrectionNote[]>>;
  schedule: {
    problem: ScheduleProblem | null;
    typed: EnteredSchedule | null;
    suggested: { date: string; time: string };
  };
  /** The details form the server refused, with what was chosen. */
  typed: EnteredDetails | null;
  /** This story's scheduled changes that did not happen, until dismissed. */
  failures: ScheduleFailure[];
}

/** One story: its language versions and their workflow, comments on or off, and its shared details. */
export async function StoryOverviewScreen(props: Props) {
  const { locale, user, story, done, problem, confirmUnpublish, schedule, typed } = props;
  const t = withValues(await getTranslations({ locale, namespace: "Newsroom" }), {
    viewerGender: messageGender(user?.gender),
  });
  const source = story.versions[story.sourceLocale];
  // Titled in the newsroom's language where that version exists, else in the source's, marked as such.
  const titleLocale = story.versions[locale] ? locale : story.sourceLocale;
  const title = story.versions[titleLocale] ?? source;
  const unpublishing = confirmUnpublish && story.versions[confirmUnpublish];
  return (
    <>
      <p>
        <a href={newsroomPaths.home(locale)}>{t("story.back")}</a>
      </p>
      <h1>
        <span lang={titleLocale} dir={localeFacts(titleLocale).dir}>
          {title?.headline ?? story.key}
        </span>
        <LanguageMark locale={locale} of={title ? titleLocale : null} />
      </h1>
      <p>
        {t("story.writtenIn", { language: t(`locales.${story.sourceLocale}`) })} · {t("story.section")}:{" "}
        {story.section}
      </p>
      <p>
        <a href={newsroomPaths.gallery(locale, story.id)}>{t("gallery.link")}</a>
      </p>
      {story.live ? (
        <p className="live-desk__open">
          <a href={newsroomPaths.liveDesk(locale, story.id)}>{t("live.openDesk")}</a>
        </p>
      ) : null}
      <ScheduleFailureNotices locale={locale} failures={props.failures} storyId={story.id} />
      <OutcomeNotice
        done={done && t(`story.done.${done}`)}
        problem={
          problem && !typed
            ? t(`story.problem.${problem}`, { ...imageLimitArgs, creditMax: CREDIT_MAX_LENGTH })
            : null
        }
      />
      {confirmUnpublish &&
      unpublishing &&
      stepsFor(user, unpublishing.status, confirmUnpublish).includes("unpublish") ? (
        <ConfirmStep
          title={t("story.confirmUnpublish.title", { language: t(`locales.${confirmUnpublish}`) })}
          action={changeStatusAction}
          fields={{ uiLocale: locale, storyId: story.id, target: confirmUnpublish, step: "unpublish" }}
          confirmLabel={t("story.confirmUnpublish.yes")}
          cancelHref={newsroomPaths.story(locale, story.id)}
          cancelLabel={t("story.confirmUnpublish.cancel")}
        >
          <p>
            <bdi lang={confirmUnpublish} dir="auto">
              {unpublishing.headline}
            </bdi>
          </p>
          <p>{t("story.confirmUnpublish.text")}</p>
        </ConfirmStep>
      ) : null}
      <h2>{t("story.versions")}</h2>
      <NewsroomTable
        columns={[t("story.language"), t("story.state"), t("story.revision"), t("story.actions")]}
      >
        {routing.locales.map((target) => (
          <StoryVersionRow
            key={target}
            locale={locale}
            user={user}
            storyId={story.id}
            target={target}
            version={story.versions[target]}
          />
        ))}
      </NewsroomTable>
      {routing.locales.map((target) => {
        const notes = props.corrections[target];
        return notes ? (
          <CorrectionPanel key={target} locale={locale} storyId={story.id} target={target} notes={notes} />
        ) : null;
      })}
      <ScheduleSection
        locale={locale}
        user={user}
        storyId={story.id}
        versions={routing.locales.filter((target) => story.versions[target])}
        {...schedule}
      />
      {can(user, { type: "comments.moderate" }) ? (
        <form action={closeCommentsAction} className="row-actions comments-toggle">
          <span>{t(story.commentsClosed ? "moderation.closedNow" : "moderation.openNow")}</span>
          <input type="hidden" name="uiLocale" value={locale} />
          <input type="hidden" name="storyId" value={story.id} />
          <input type="hidden" name="closed" value={story.commentsClosed ? "0" : "1"} />
          <button type="submit">{t(story.commentsClosed ? "moderation.open" : "moderation.close")}</button>
        </form>
      ) : null}
      {can(user, { type: "story.edit" }) ? (
        <StoryDetailsForm
          locale={locale}
          storyId={story.id}
          refused={
            typed && problem
              ? {
                  typed,
                  problem: t(`story.problem.${problem}`, { ...imageLimitArgs, creditMax: CREDIT_MAX_LENGTH }),
                  uploadProblem: problem.startsWith("image") || problem === "uploadQuota",
                  creditProblem: problem.startsWith("credit"),
                }
              : null
          }
        />
      ) : null}
    </>
  );
}
