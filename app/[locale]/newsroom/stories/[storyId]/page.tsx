import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { currentUser } from "@/lib/auth/current-user";
import { idOrNull } from "@/lib/form-values";
import { readerFormat } from "@/lib/format/reader-format";
import { localeFacts } from "@/lib/locale-facts";
import { stepsFor } from "@/lib/newsroom/change-status";
import { requirePage } from "@/lib/newsroom/guard";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { imageLimitArgs } from "@/lib/newsroom/image-limits";
import { can } from "@/lib/newsroom/permissions";
import { loadStoryForEditing } from "@/lib/newsroom/story-editor-data";
import { storyPath } from "@/lib/paths";
import { resolveLocale } from "@/lib/request-locale";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { StoryDetailsForm } from "@/components/newsroom/story-details-form";
import { changeStatusAction } from "@/actions/newsroom/translation-actions";
import { closeCommentsAction } from "@/actions/newsroom/comment-moderation-actions";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";

type Props = {
  params: Promise<{ locale: string; storyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function StoryOverview({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { storyId: idParam } = await params;
  const storyId = idOrNull(idParam);
  await requirePage(locale, { type: "newsroom.enter" }, newsroomPaths.home(locale));
  const story = storyId === null ? null : await loadStoryForEditing(storyId, locale);
  if (!story) notFound();
  const user = await currentUser();
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const query = await searchParams;
  const DONE = ["submit", "withdraw", "publish", "unpublish", "details", "comments"] as const;
  const PROBLEMS = [
    "forbidden",
    "not-found",
    "not-allowed-now",
    "invalid",
    "imageType",
    "imageTooLarge",
    "imageDimensions",
    "uploadQuota",
  ] as const;
  const done = DONE.find((value) => value === query.done) ?? null;
  const problem = PROBLEMS.find((value) => value === query.problem) ?? null;
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
        problem={problem && t(`story.problem.${problem}`, imageLimitArgs)}
      />
      <h2>{t("story.versions")}</h2>
      <table className="newsroom-table">
        <thead>
          <tr>
            <th scope="col">{t("story.language")}</th>
            <th scope="col">{t("story.state")}</th>
            <th scope="col">{t("story.revision")}</th>
            <th scope="col">{t("story.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {routing.locales.map((target) => {
            const version = story.versions[target];
            const language = t(`locales.${target}`);
            const mayEdit = can(user, { type: "translation.edit", locale: target });
            return (
              <tr key={target} data-locale={target}>
                <th scope="row">{language}</th>
                <td>
                  <StatusBadge uiLocale={locale} versionLocale={target} state={version?.state ?? "missing"} />
                </td>
                <td>{version ? readerFormat.number(version.revision, locale) : "—"}</td>
                <td>
                  <div className="row-actions">
                    {mayEdit ? (
                      <a href={newsroomPaths.translation(locale, story.id, target)}>
                        {version ? t("story.edit") : t("story.translate", { language })}
                      </a>
                    ) : null}
                    {version && mayEdit ? (
                      <a href={newsroomPaths.history(locale, story.id, target)}>{t("story.history")}</a>
                    ) : null}
                    {version && can(user, { type: "translation.preview", locale: target }) ? (
                      <a href={`/${target}/preview/${story.id}`}>{t("story.preview")}</a>
                    ) : null}
                    {version?.status === "PUBLISHED" ? (
                      <a href={storyPath(target, version.slug)}>{t("story.viewLive")}</a>
                    ) : null}
                    {version
                      ? stepsFor(user, version.status, target).map((step) => (
                          <form key={step} action={changeStatusAction}>
                            <input type="hidden" name="uiLocale" value={locale} />
                            <input type="hidden" name="storyId" value={story.id} />
                            <input type="hidden" name="target" value={target} />
                            <input type="hidden" name="step" value={step} />
                            <button type="submit">{t(`story.steps.${step}`)}</button>
                          </form>
                        ))
                      : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {can(user, { type: "comments.moderate" }) ? (
        <form action={closeCommentsAction} className="row-actions comments-toggle">
          <span>{t(story.commentsClosed ? "moderation.closedNow" : "moderation.openNow")}</span>
          <input type="hidden" name="uiLocale" value={locale} />
          <input type="hidden" name="storyId" value={story.id} />
          <input type="hidden" name="closed" value={story.commentsClosed ? "0" : "1"} />
          <button type="submit">{t(story.commentsClosed ? "moderation.open" : "moderation.close")}</button>
        </form>
      ) : null}
      {can(user, { type: "story.edit" }) ? <StoryDetailsForm locale={locale} storyId={story.id} /> : null}
    </>
  );
}
