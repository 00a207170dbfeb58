import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { imageLibrary } from "@/lib/newsroom/media";
import { authorChoices, loadStoryDetails } from "@/lib/newsroom/story-details";
import { topicChoices } from "@/lib/topics/topic-queries";
import { listSectionChoices } from "@/lib/newsroom/story-table";
import { AuthorCheckboxes } from "@/components/newsroom/author-checkboxes";
import { ChoiceOptions } from "@/components/newsroom/choice-options";
import { ImageChooser } from "@/components/newsroom/image-chooser";
import { TopicCheckboxes } from "@/components/newsroom/topic-checkboxes";
import { updateDetailsAction } from "@/lib/actions/newsroom/story-form-actions";

/** What every language version shares: section, authors, topics, lead image. Editors only. */
export async function StoryDetailsForm({ locale, storyId }: { locale: AppLocale; storyId: number }) {
  const [details, sections, authors, topics, library] = await Promise.all([
    loadStoryDetails(storyId),
    listSectionChoices(locale),
    authorChoices(locale),
    topicChoices(locale),
    imageLibrary(locale),
  ]);
  if (!details) return null;
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">{t("newStory.details")}</h2>
      <form action={updateDetailsAction} className="newsroom-form" encType="multipart/form-data">
        <input type="hidden" name="uiLocale" value={locale} />
        <input type="hidden" name="storyId" value={storyId} />
        <div className="field">
          <label htmlFor="details-section">{t("stories.section")}</label>
          <select id="details-section" name="sectionId" defaultValue={details.sectionId}>
            <ChoiceOptions choices={sections.map(({ id, name }) => ({ value: id, label: name }))} />
          </select>
        </div>
        <AuthorCheckboxes authors={authors} checked={details.authorIds} />
        <TopicCheckboxes topics={topics} checked={details.topicIds} />
        <ImageChooser library={library} current={details.imageSrc} />
        <button type="submit">{t("newStory.saveDetails")}</button>
      </form>
    </section>
  );
}
