import { getTranslations } from "next-intl/server";
import { routing, type AppLocale } from "@/i18n/routing";
import { localeFacts } from "@/lib/locale-facts";
import { imageLimitArgs } from "@/lib/newsroom/image-limits";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { can } from "@/lib/newsroom/permissions";
import type { NewsroomUser } from "@/lib/newsroom/roles";
import type { StoryForEditing } from "@/lib/newsroom/story-editor-data";
import type { TypedDetails } from "@/lib/newsroom/typed-details";
import { closeCommentsAction } from "@/lib/actions/newsroom/comment-moderation-actions";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { StoryDetailsForm } from "@/components/newsroom/story-details-form";
import { StoryVersionRow } from "@/components/newsroom/story-version-row";

export const STORY_DONE = ["submit", "withdraw", "publish", "unpublish", "details", "comments"] as const;
export const STORY_PROBLEMS = [
  "forbidden",
  "not-found",
  "not-allowed-now",
  "invalid",
  "imageType",
  "imageTooLarge",
  "imageDimensions",
  "uploadQuota",
] as const;

interface Props {
  locale: AppLocale;
  user: NewsroomUser | null;
  story: StoryForEditing;
  done: (typeof STORY_DONE)[number] | null;
  problem: (typeof STORY_PROBLEMS)[number] | null;
  /** The details form the server refused, with what was chosen. */
  typed: TypedDetails | null;
}

/** One story: its language versions and their workflow, comments on or off, and its shared details. */
export async function StoryOverviewScreen({ locale, user, story, done, problem, typed }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const source = story.versions[story.sourceLocale];
  return (
    <>
      <p>
        <a href={newsroomPaths.home(locale)}>{t("story.back")}</a>
      </p>
      <h1 lang={story.sourceLocale} dir={localeFacts(story.sourceLocale).dir}>
        {source?.headline ?? story.key}
      </h1>
      <p>
        {t("story.writtenIn", { language: t(`locales.${story.sourceLocale}`) })} · {t("story.section")}:{" "}
        {story.section}
      </p>
      <OutcomeNotice
        done={done && t(`story.done.${done}`)}
        problem={problem && !typed ? t(`story.problem.${problem}`, imageLimitArgs) : null}
      />
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
                  problem: t(`story.problem.${problem}`, imageLimitArgs),
                  uploadProblem: problem.startsWith("image") || problem === "uploadQuota",
                }
              : null
          }
        />
      ) : null}
    </>
  );
}
