import type { Locale } from "next-intl";
import type { StorySummary } from "@/lib/stories/story-types";
import { StoryCard } from "@/components/story-card";

interface Props {
  stories: StorySummary[];
  locale: Locale;
  headingLevel?: "h2" | "h3";
  /** The list opens the page, so its first image is the page's largest paint. */
  opensPage?: boolean;
}

export function StoryList({ stories, locale, headingLevel = "h3", opensPage = false }: Props) {
  return (
    <ul className="story-list">
      {stories.map((story, index) => (
        <li key={story.storyId}>
          <StoryCard
            story={story}
            locale={locale}
            headingLevel={headingLevel}
            priority={opensPage && index === 0}
          />
        </li>
      ))}
    </ul>
  );
}
