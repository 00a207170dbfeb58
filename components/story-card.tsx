import type { AppLocale } from "@/i18n/routing";
import { ReaderTime } from "@/components/reader-time";
import { sectionPath, storyPath } from "@/lib/paths";
import type { StorySummary } from "@/lib/stories/story-types";

interface Props {
  story: StorySummary;
  locale: AppLocale;
  lead?: boolean;
  label?: string;
  /** Cards under the page's h1 take h2; under a list heading, h3. */
  headingLevel?: "h2" | "h3";
}

export function StoryCard({ story, locale, lead = false, label, headingLevel }: Props) {
  const Heading = headingLevel ?? (lead ? "h2" : "h3");
  return (
    <article className={lead ? "story-card story-card--lead" : "story-card"} aria-label={label}>
      {story.image ? (
        // eslint-disable-next-line @next/next/no-img-element -- SVG art shipped in public/, nothing to optimise
        <img
          className="story-card__image"
          src={story.image.src}
          width={story.image.width}
          height={story.image.height}
          alt={story.image.alt}
          loading={lead ? "eager" : "lazy"}
        />
      ) : null}
      <div className="story-card__text">
        <a className="story-card__section" href={sectionPath(locale, story.section.slug)}>
          {story.section.name}
        </a>
        <Heading className="story-card__headline">
          <a href={storyPath(locale, story.slug)}>{story.headline}</a>
        </Heading>
        <p className="story-card__dek">{story.dek}</p>
        <ReaderTime className="story-card__date" iso={story.publishedAt} locale={locale} />
      </div>
    </article>
  );
}
