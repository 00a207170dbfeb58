import { getTranslations } from "next-intl/server";
import { localeFacts } from "@/lib/locale/locale-facts";
import { storyPath } from "@/lib/urls/reader-paths";
import type { StoryLanguageVersion } from "@/lib/stories/story-types";

/**
 * "إقرأ هذا الخبر بالعربية" on an English story and the reverse: worded in
 * the target language (from that language's messages) and marked up as such.
 */
export async function OtherLanguageLink({ version }: { version: StoryLanguageVersion }) {
  const t = await getTranslations({ locale: version.locale, namespace: "Story" });
  const facts = localeFacts(version.locale);
  return (
    <p className="other-language">
      <a
        className="other-language__link"
        href={storyPath(version.locale, version.slug)}
        hrefLang={facts.tag}
        lang={facts.tag}
        dir={facts.dir}
      >
        {t("readThisStoryIn")}
      </a>
    </p>
  );
}
