import type { AppLocale } from "@/i18n/routing";
import type { StorySummary } from "@/lib/stories/story-types";
import { StoryCard } from "@/components/story-card";

export function StoryList({ stories, locale }: { stories: StorySummary[]; locale: AppLocale }) {
  return (
    <ul className="story-list">
      {stories.map((story) => (
        <li key={story.storyId}>
          <StoryCard story={story} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
