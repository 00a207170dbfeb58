import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { localeFacts } from "@/lib/locale-facts";
import { requirePage } from "@/lib/newsroom/guard";
import { imageLibrary } from "@/lib/newsroom/media";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { authorChoices } from "@/lib/newsroom/story-details";
import { listSectionChoices } from "@/lib/newsroom/story-table";
import { resolveLocale } from "@/lib/request-locale";
import { ClientMessages } from "@/components/client-messages";
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
      <ClientMessages
        locale={locale}
        namespaces={[
          "Newsroom.editor",
          "Newsroom.locales",
          "Newsroom.newStory",
          "Newsroom.stories.section",
          "Newsroom.story.problem",
        ]}
      >
        <NewStoryForm
          uiLocale={locale}
          locales={routing.locales.map((value) => ({ value, dir: localeFacts(value).dir }))}
          sections={sections}
          authors={authors}
          library={library}
        />
      </ClientMessages>
    </>
  );
}
