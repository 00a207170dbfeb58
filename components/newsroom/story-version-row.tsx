import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { readerFormat } from "@/lib/format/reader-format";
import { needsConfirmation, stepsFor } from "@/lib/newsroom/workflow/change-status";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import type { EditableVersion } from "@/lib/newsroom/editor/story-editor-data";
import { storyPath } from "@/lib/urls/reader-paths";
import { changeStatusAction } from "@/lib/actions/newsroom/translation-actions";
import { StatusBadge } from "@/components/newsroom/status-badge";

interface Props {
  locale: Locale;
  user: NewsroomUser | null;
  storyId: number;
  target: Locale;
  version: EditableVersion | undefined;
}

/** One language version of a story: its status, revision, and what this member may do with it. */
export async function StoryVersionRow({ locale, user, storyId, target, version }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const language = t(`locales.${target}`);
  const mayEdit = can(user, { type: "translation.edit", locale: target });
  return (
    <tr data-locale={target}>
      <th scope="row">{language}</th>
      <td>
        <StatusBadge uiLocale={locale} versionLocale={target} state={version?.state ?? "missing"} />
        {version?.draft ? (
          <>
            {" "}
            <span className="badge badge--pending-draft" data-draft={version.draft.status}>
              {t(`story.pendingDraft.${version.draft.status}`)}
            </span>
          </>
        ) : null}
      </td>
      <td>{version ? readerFormat.number(version.revision, locale) : "—"}</td>
      <td>
        <div className="row-actions">
          {mayEdit ? (
            <a href={newsroomPaths.translation(locale, storyId, target)}>
              {version ? t("story.edit") : t("story.translate", { language })}
            </a>
          ) : null}
          {version && mayEdit ? (
            <a href={newsroomPaths.history(locale, storyId, target)}>{t("story.history")}</a>
          ) : null}
          {version && can(user, { type: "translation.preview", locale: target }) ? (
            <a href={`/${target}/preview/${storyId}`}>{t("story.preview")}</a>
          ) : null}
          {version?.status === "PUBLISHED" ? (
            <a href={storyPath(target, version.slug)}>{t("story.viewLive")}</a>
          ) : null}
          {version
            ? stepsFor(user, version.status, target, version.draft?.status ?? null).map((step) => {
                const label =
                  version.draft && step !== "unpublish"
                    ? t(`story.draftSteps.${step}`)
                    : t(`story.steps.${step}`);
                return needsConfirmation(step) ? (
                  // First the confirm step (a page state), then the action.
                  <form key={step} method="get" action={newsroomPaths.story(locale, storyId)}>
                    <input type="hidden" name={step} value={target} />
                    <button type="submit">{label}</button>
                  </form>
                ) : (
                  <form key={step} action={changeStatusAction}>
                    <input type="hidden" name="uiLocale" value={locale} />
                    <input type="hidden" name="storyId" value={storyId} />
                    <input type="hidden" name="target" value={target} />
                    <input type="hidden" name="step" value={step} />
                    <button type="submit">{label}</button>
                  </form>
                );
              })
            : null}
        </div>
      </td>
    </tr>
  );
}
