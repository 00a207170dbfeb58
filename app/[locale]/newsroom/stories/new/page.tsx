import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { localeFacts } from "@/lib/locale-facts";
import { requirePage } from "@/lib/newsroom/guard";
import { imageLimitArgs } from "@/lib/newsroom/image-limit-args";
import { imageLibrary } from "@/lib/newsroom/media";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { translationErrorTexts } from "@/lib/newsroom/translation-error-texts";
import { authorChoices } from "@/lib/newsroom/story-details";
import { listSectionChoices } from "@/lib/newsroom/story-table";
import { resolveLocale } from "@/lib/request-locale";
import { NewStoryForm } from "@/components/newsroom/new-story-form";

type Props = { params: Promise<{ locale: string }> };

export default async function NewStoryPage({ params }: Props) {
  const locale = await resolveLocale(params);
  await requirePage(locale, { type: "story.create" }, newsroomPaths.newStory(locale));
  const [sections, authors, library] = await Promise.all([
    listSectionChoices(locale),
    authorChoices(locale),
    imageLibrary(),
  ]);
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  return (
    <>
      <h1>{t("newStory.title")}</h1>
      <NewStoryForm
        uiLocale={locale}
        locales={routing.locales.map((value) => ({
          value,
          label: t(`locales.${value}`),
          dir: localeFacts(value).dir,
        }))}
        sections={sections}
        authors={authors}
        library={library}
        text={{
          fields: {
            sourceLocale: t("newStory.sourceLocale"),
            sectionId: t("stories.section"),
            authors: t("newStory.authors"),
            headline: t("editor.fields.headline"),
            dek: t("editor.fields.dek"),
            slug: t("editor.fields.slug"),
            body: t("editor.fields.body"),
            leadImageAlt: t("editor.fields.leadImageAlt"),
          },
          image: {
            legend: t("newStory.image"),
            none: t("newStory.noImage"),
            upload: t("newStory.upload"),
            uploadHint: t("newStory.uploadHint"),
          },
          errors: {
            ...(await translationErrorTexts(locale)),
            imageType: t("newStory.imageType"),
            imageTooLarge: t("newStory.imageTooLarge"),
            imageDimensions: t("newStory.imageDimensions", imageLimitArgs),
            uploadQuota: t("newStory.uploadQuota", imageLimitArgs),
          },
          problems: { invalid: t("editor.problems.invalid"), forbidden: t("editor.problems.forbidden") },
          submit: t("newStory.submit"),
          bodyHint: t("editor.bodyHint"),
        }}
      />
    </>
  );
}
