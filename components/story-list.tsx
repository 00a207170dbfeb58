import type { AppLocale } from "@/i18n/routing";
import type { StorySummary } from "@/lib/stories/story-types";
import { StoryCard } from "@/components/story-card";

interface Props {
  stories: StorySummary[];
  locale: AppLocale;
  headingLevel?: "h2" | "h3";
}

export function StoryList({ stories, locale, headingLevel = "h3" }: Props) {
  return (
    <ul className="story-list">
      {stories.map((story) => (
        <li key={story.storyId}>
          <StoryCard story={story} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
