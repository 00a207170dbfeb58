import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LanguageMark } from "@/components/newsroom/language-mark";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import type { QueueEntry } from "@/lib/translation-desk/translation-queue";

/**
 * What waits, as a queue row names it: a story, linked to its translation;
 * or a live page's entries, linked to the live desk with the oldest one's
 * form open in the target language.
 */
export async function QueueSubject({
  locale,
  target,
  entry,
  storyLink = "translation",
}: {
  locale: Locale;
  target: Locale;
  entry: QueueEntry;
  /** Where a story's row leads: its translation (the queue) or its page (the coverage dashboard). */
  storyLink?: "translation" | "story";
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom.desk" });
  const href = entry.live
    ? newsroomPaths.liveEntryForm(locale, entry.storyId, entry.live.entryId, target)
    : storyLink === "story"
      ? newsroomPaths.story(locale, entry.storyId)
      : newsroomPaths.translation(locale, entry.storyId, target);
  return (
    <>
      {entry.live ? <span className="badge badge--live">{t("liveBadge")}</span> : null}{" "}
      <a href={href} lang={entry.headlineLocale} dir="auto">
        {entry.headline}
      </a>
      <LanguageMark locale={locale} of={entry.headlineLocale} />
    </>
  );
}
