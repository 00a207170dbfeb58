import type { Locale } from "next-intl";
import { LeadPicture } from "@/components/lead-picture";
import { LiveBadge } from "@/components/live/live-badge";
import { StoryKindLabel } from "@/components/story-kind-label";
import { ReaderTime } from "@/components/reader-time";
import { sectionPath, storyPath } from "@/lib/urls/reader-paths";
import type { StorySummary } from "@/lib/stories/story-types";

interface Props {
  story: StorySummary;
  locale: Locale;
  lead?: boolean;
  label?: string;
  /** Cards under the page's h1 take h2; under a list heading, h3. */
  headingLevel?: "h2" | "h3";
  /** The first image a reader sees on the page (its largest paint). */
  priority?: boolean;
}

// The card's rendered width: the lead fills half the page from 45rem on;
// list cards share rows of columns at least 17rem wide.
const LEAD_SIZES = "(min-width: 45rem) 35rem, calc(100vw - 2rem)";
const CARD_SIZES = "(min-width: 40rem) 22rem, calc(100vw - 2rem)";

export function StoryCard({ story, locale, lead = false, label, headingLevel, priority = lead }: Props) {
  const Heading = headingLevel ?? (lead ? "h2" : "h3");
  return (
    <article className={lead ? "story-card story-card--lead" : "story-card"} aria-label={label}>
      {story.image ? (
        <LeadPicture
          className="story-card__image"
          image={story.image}
          sizes={lead ? LEAD_SIZES : CARD_SIZES}
          priority={priority}
        />
      ) : null}
      <div className="story-card__text">
        <a className="story-card__section" href={sectionPath(locale, story.section.slug)}>
          {story.section.name}
        </a>
        {story.live ? (
          <>
            {" "}
            <LiveBadge locale={locale} />
          </>
        ) : null}
        {/* Straight news is what a list holds by default: only the other kinds are labelled. */}
        {story.kind === "news" || story.kind === "live" ? null : (
          <>
            {" "}
            <StoryKindLabel kind={story.kind} locale={locale} />
          </>
        )}
        <Heading className="story-card__headline">
          <a href={storyPath(locale, story.slug)}>{story.headline}</a>
        </Heading>
        <p className="story-card__dek">{story.dek}</p>
        <ReaderTime className="story-card__date" iso={story.publishedAt} locale={locale} />
      </div>
    </article>
  );
}
