import type { Locale } from "next-intl";
import { sectionPath, storyPath } from "@/lib/urls/reader-paths";
import type { SearchHit } from "@/lib/search/search-types";
import { HighlightedText } from "@/components/highlighted-text";
import { ReaderTime } from "@/components/reader-time";

export function SearchResult({ hit, locale }: { hit: SearchHit; locale: Locale }) {
  return (
    <article className="story-card search-result">
      <div className="story-card__text">
        {hit.section.retired ? (
          <span className="story-card__section">{hit.section.name}</span>
        ) : (
          <a className="story-card__section" href={sectionPath(locale, hit.section.slug)}>
            {hit.section.name}
          </a>
        )}
        <h2 className="story-card__headline">
          <a href={storyPath(locale, hit.slug)}>
            <HighlightedText marked={hit.headline} />
          </a>
        </h2>
        {hit.dek ? (
          <p className="story-card__dek">
            <HighlightedText marked={hit.dek} />
          </p>
        ) : null}
        <ReaderTime className="story-card__date" iso={hit.publishedAt} locale={locale} />
      </div>
    </article>
  );
}
