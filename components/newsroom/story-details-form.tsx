import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { imageLibrary } from "@/lib/newsroom/media/image-store";
import { authorChoices, loadStoryDetails } from "@/lib/newsroom/editor/story-details";
import { topicChoices } from "@/lib/topics/topic-queries";
import { listSectionChoices } from "@/lib/newsroom/lists/story-table";
import { AuthorCheckboxes } from "@/components/newsroom/author-checkboxes";
import { ChoiceOptions } from "@/components/newsroom/choice-options";
import { ImageChooser } from "@/components/newsroom/image-chooser";
import { TopicCheckboxes } from "@/components/newsroom/topic-checkboxes";
import { FocalPointFields } from "@/components/newsroom/focal-point-fields";
import { updateDetailsAction } from "@/lib/actions/newsroom/story-form-actions";
import type { EnteredDetails } from "@/lib/newsroom/forms/entered-details";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ARTICLE_KINDS } from "@/lib/stories/story-kinds";

/** What every language version shares: kind, section, authors, topics, lead image. Editors only. */
interface Props {
  locale: Locale;
  storyId: number;
  /** The server refused the last submit: what was chosen then, and why (worded). */
  refused: {
    typed: EnteredDetails;
    problem: string;
    uploadProblem: boolean;
    creditProblem: boolean;
  } | null;
}

export async function StoryDetailsForm({ locale, storyId, refused }: Props) {
  const details = await loadStoryDetails(storyId);
  if (!details) return null;
  const [sections, authors, topics, library] = await Promise.all([
    listSectionChoices(locale, details.sectionId),
    authorChoices(locale),
    topicChoices(locale),
    imageLibrary(locale),
  ]);
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const typed = refused?.typed;
  const shown = {
    sectionId: typed?.sectionId ?? details.sectionId,
    authorIds: typed?.authorIds ?? details.authorIds,
    topicIds: typed?.topicIds ?? details.topicIds,
    image: typed ? typed.image : details.imageChoice,
    kind: typed?.kind ?? details.kind,
    credit: typed?.credit ?? "",
    focusX: typed ? typed.focusX : String(details.focus.x),
    focusY: typed ? typed.focusY : String(details.focus.y),
  };
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">{t("newStory.details")}</h2>
      <form action={updateDetailsAction} className="newsroom-form" encType="multipart/form-data">
        <ErrorSummary
          title={(await getTranslations({ locale, namespace: "Forms" }))("errorSummary")}
          errors={
            refused
              ? [
                  refused.uploadProblem
                    ? { field: "upload", label: t("newStory.upload"), text: refused.problem }
                    : refused.creditProblem
                      ? { field: "imageCredit", label: t("newStory.credit"), text: refused.problem }
                      : { field: "details-section", label: t("stories.section"), text: refused.problem },
                ]
              : []
          }
        />
        <input type="hidden" name="uiLocale" value={locale} />
        <input type="hidden" name="storyId" value={storyId} />
        {details.kind === "live" ? null : (
          // Live coverage stays live: its page is a list of entries, not an article.
          <div className="field">
            <label htmlFor="details-kind">{t("newStory.kind")}</label>
            <select id="details-kind" name="kind" defaultValue={shown.kind}>
              <ChoiceOptions
                choices={ARTICLE_KINDS.map((kind) => ({ value: kind, label: t(`newStory.kinds.${kind}`) }))}
              />
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="details-section">{t("stories.section")}</label>
          <select id="details-section" name="sectionId" defaultValue={shown.sectionId}>
            <ChoiceOptions choices={sections.map(({ id, name }) => ({ value: id, label: name }))} />
          </select>
        </div>
        <AuthorCheckboxes authors={authors} checked={shown.authorIds} />
        <TopicCheckboxes topics={topics} checked={shown.topicIds} />
        <ImageChooser
          library={library}
          chosen={shown.image}
          error={refused?.uploadProblem ? refused.problem : undefined}
          credit={shown.credit}
          creditError={refused?.creditProblem ? refused.problem : undefined}
        />
        <FocalPointFields x={shown.focusX} y={shown.focusY} />
        <button type="submit">{t("newStory.saveDetails")}</button>
      </form>
    </section>
  );
}
