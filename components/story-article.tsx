import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { formatListParts } from "@/lib/format/format-list";
import { authorPath, sectionPath } from "@/lib/urls/reader-paths";
import type { StoryPage } from "@/lib/stories/story-types";
import { readingMinutes } from "@/lib/stories/reading-time";
import { LeadPicture } from "@/components/lead-picture";
import { LeadFigureCaption } from "@/components/lead-figure-caption";
import { ReaderTime } from "@/components/reader-time";
import { OtherLanguageLink } from "@/components/other-language-link";
import { StoryBody } from "@/components/story-body";
import { StoryNotes } from "@/components/story-notes";
import { StoryGallery } from "@/components/story-gallery";
import { TopicLinks } from "@/components/topic-links";
import { LiveBadge } from "@/components/live/live-badge";
import { StoryKindLabel } from "@/components/story-kind-label";
import { OpinionDisclaimer } from "@/components/opinion-disclaimer";
import { ShareBar } from "@/components/share/share-bar";

// The figure spans the story column (42rem) or the screen less its margins.
const FIGURE_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

/** `shareable`: a published page offers its share bar; a newsroom preview has no public URL to share. */
export async function StoryArticle({
  story,
  locale,
  shareable = false,
}: {
  story: StoryPage;
  locale: Locale;
  shareable?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "Story" });
  const published = new Date(story.publishedAt);
  const updated = new Date(story.updatedAt);
  const wasUpdated = updated.getTime() - published.getTime() > 60_000;
  // Each name in its own <bdi>, so a Latin name inside an Arabic byline
  // keeps its order, and a link to the author's page where there is one.
  let nth = 0;
  const authors = formatListParts(
    story.authors.map((author) => author.name),
    locale,
  ).map((part, index) => {
    if (part.type !== "element") return <Fragment key={index}>{part.value}</Fragment>;
    const author = story.authors[nth++];
    const name = (
      <bdi key={index} className="byline__name">
        {part.value}
      </bdi>
    );
    return author?.key ? (
      <a key={index} href={authorPath(locale, author.key)} rel="author">
        {name}
      </a>
    ) : (
      name
    );
  });
  return (
    // Opinion reads apart from reporting, as on news sites: its kicker and
    // its writer's byline stand out (app/styles/reading.css).
    <article className={story.kind === "opinion" ? "story story--opinion" : "story"} lang={locale}>
      <header className="story__header">
        {story.section.retired ? (
          <span className="story__section">{story.section.name}</span>
        ) : (
          <a className="story__section" href={sectionPath(locale, story.section.slug)}>
            {story.section.name}
          </a>
        )}
        {story.live ? <LiveBadge locale={locale} /> : null}
        {story.kind === "live" ? null : (
          <>
            {" "}
            <StoryKindLabel kind={story.kind} locale={locale} />
          </>
        )}
        <h1 className="story__headline">{story.headline}</h1>
        <p className="story__dek">{story.dek}</p>
        {story.otherVersions.map((version) => (
          <OtherLanguageLink key={version.locale} version={version} />
        ))}
        {story.otherVersions.length === 0 ? (
          // The language switcher can only lead to the other edition's home page: say why.
          <p className="other-language other-language--missing">{t("notAvailableInOther")}</p>
        ) : null}
        <div className="story__meta">
          {authors.length > 0 ? (
            <p className="byline">
              {t("byline")} {authors}
            </p>
          ) : null}
          <p className="story__dates">
            <span>{t("published")} </span>
            <ReaderTime iso={story.publishedAt} locale={locale} />
            {wasUpdated ? (
              <>
                <span className="story__dates-sep"> · </span>
                <span>{t("updated")} </span>
                <ReaderTime iso={story.updatedAt} locale={locale} />
              </>
            ) : null}
            {story.live ? null : (
              // A live page grows all day: its reading time would only mislead.
              <>
                <span className="story__dates-sep"> · </span>
                <span className="story__reading-time">
                  {t("readingTime", { minutes: readingMinutes(story.body, locale) })}
                </span>
              </>
            )}
          </p>
        </div>
        {shareable ? <ShareBar locale={locale} slug={story.slug} headline={story.headline} /> : null}
      </header>
      {story.image ? (
        <figure className="story__figure">
          <LeadPicture image={story.image} sizes={FIGURE_SIZES} priority />
          <LeadFigureCaption figure={story.figure} locale={locale} />
        </figure>
      ) : null}
      <StoryBody
        markdown={story.body}
        pictures={story.bodyPictures}
        pictureWords={{ creditLabel: t("photoCreditLabel"), locale }}
      />
      <StoryGallery pictures={story.gallery} locale={locale} />
      {story.kind === "opinion" ? <OpinionDisclaimer text={story.opinionDisclaimer} locale={locale} /> : null}
      <StoryNotes notes={story.notes} locale={locale} />
      <TopicLinks topics={story.topics} locale={locale} />
    </article>
  );
}
