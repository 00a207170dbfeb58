import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { storyPath } from "@/lib/urls/reader-paths";
import type { StorySummary } from "@/lib/stories/story-types";

/** The language's most read stories of the last 24 hours, as a ranked list of headlines. */
export async function MostRead({ stories, locale }: { stories: StorySummary[]; locale: Locale }) {
  if (stories.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "MostRead" });
  return (
    <section className="most-read" aria-labelledby="most-read-heading">
      <h2 id="most-read-heading" className="most-read__heading">
        {t("heading")}
      </h2>
      <ol className="most-read__list">
        {stories.map((story) => (
          <li key={story.storyId}>
            <a href={storyPath(story.locale, story.slug)}>{story.headline}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
