import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { StorySummary } from "@/lib/stories/story-types";
import { StoryList } from "@/components/story-list";

/** What to read next, at the end of a story. */
export async function RelatedStories({ stories, locale }: { stories: StorySummary[]; locale: Locale }) {
  if (stories.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "Story" });
  return (
    <aside className="related-stories" aria-labelledby="related-stories-heading">
      <h2 id="related-stories-heading" className="section-heading">
        {t("related")}
      </h2>
      <StoryList stories={stories} locale={locale} headingLevel="h3" />
    </aside>
  );
}
