import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { localeFacts } from "@/lib/locale/locale-facts";
import type { LibraryImage } from "@/lib/newsroom/media/image-store";
import { LIMITS } from "@/lib/newsroom/editor/translation-fields";
import { ClientMessages } from "@/components/client-messages";
import { NewStoryForm } from "@/components/newsroom/new-story-form";

interface Props {
  locale: Locale;
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  library: LibraryImage[];
  userId: string;
}

/** A new story's form, with the words its client side needs. */
export async function NewStoryScreen({ locale, sections, authors, library, userId }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  return (
    <>
      <h1>{t("newStory.title")}</h1>
      <ClientMessages
        locale={locale}
        namespaces={[
          "Forms",
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
          limits={LIMITS}
          userId={userId}
        />
      </ClientMessages>
    </>
  );
}
