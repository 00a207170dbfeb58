import { localeFacts } from "@/lib/locale/locale-facts";
import { authorPath, homePath, sectionPath, storyPath } from "@/lib/urls/reader-paths";
import { absoluteUrl } from "@/lib/seo/site-url";
import type { StoryPage } from "@/lib/stories/story-types";
import type { LiveEntriesPage } from "@/lib/live/live-types";
import { liveEntryStructuredData } from "@/lib/seo/live-structured-data";
import { SCHEMA_ORG_TYPES } from "@/lib/stories/story-kinds";

type JsonLd = Record<string, unknown>;

/** The lead image's URL, or an ImageObject when it has a caption or credit to carry. */
function leadImageObject(story: StoryPage): string | JsonLd {
  const url = absoluteUrl(story.image!.src);
  const { caption, credit } = story.figure;
  if (!caption && !credit) return url;
  return {
    "@type": "ImageObject",
    url,
    contentUrl: url,
    ...(caption ? { caption } : {}),
    ...(credit ? { creditText: credit.text } : {}),
  };
}

/** The latest change readers can see: an edit of the text, or a note added under it. */
function lastModified(story: StoryPage): string {
  return [story.updatedAt, ...story.notes.map((note) => note.at)].reduce((latest, at) =>
    Date.parse(at) > Date.parse(latest) ? at : latest,
  );
}

/**
 * schema.org's article type of the story's kind (lib/stories/story-kinds.ts;
 * LiveBlogPosting for live coverage, with the entries the page shows) and
 * BreadcrumbList for a story page. The language
 * versions are tied together with workTranslation (on the original) and
 * translationOfWork (on each translation).
 */
export function storyStructuredData(
  story: StoryPage,
  names: { publisher: string; home: string },
  live: LiveEntriesPage | null = null,
): JsonLd[] {
  const url = absoluteUrl(storyPath(story.locale, story.slug));
  const type = SCHEMA_ORG_TYPES[story.kind];
  const versionRef = (locale: StoryPage["locale"], slug: string) => ({
    "@type": type,
    "@id": absoluteUrl(storyPath(locale, slug)),
    inLanguage: localeFacts(locale).tag,
  });
  const original = story.otherVersions.find((version) => version.locale === story.sourceLocale);
  const article: JsonLd = {
    "@context": "https://schema.org",
    "@type": type,
    "@id": url,
    mainEntityOfPage: url,
    url,
    headline: story.headline,
    description: story.dek,
    inLanguage: localeFacts(story.locale).tag,
    datePublished: story.publishedAt,
    dateModified: lastModified(story),
    articleSection: story.section.name,
    image: story.image ? [leadImageObject(story)] : [],
    author: story.authors.map(({ name, key }) => ({
      "@type": "Person",
      name,
      ...(key ? { url: absoluteUrl(authorPath(story.locale, key)) } : {}),
    })),
    publisher: { "@type": "NewsMediaOrganization", name: names.publisher, url: absoluteUrl("/") },
  };
  // schema.org's CreativeWork `correction` takes a CorrectionComment; an
  // update note is no correction, so it moves dateModified only.
  const corrections = story.notes.filter((note) => note.kind === "correction");
  if (corrections.length > 0) {
    article.correction = corrections.map((note) => ({
      "@type": "CorrectionComment",
      text: note.text,
      datePublished: note.at,
    }));
  }
  if (story.locale === story.sourceLocale && story.otherVersions.length > 0) {
    article.workTranslation = story.otherVersions.map((version) => versionRef(version.locale, version.slug));
  } else if (original) {
    article.translationOfWork = versionRef(original.locale, original.slug);
  }
  if (story.kind === "live") {
    article.coverageStartTime = story.publishedAt;
    if (story.liveEndedAt) article.coverageEndTime = story.liveEndedAt;
    const entries = live ? [...live.pinned, ...live.entries] : [];
    article.liveBlogUpdate = entries.map((entry) => liveEntryStructuredData(story, entry));
    const latest = entries
      .map((entry) => entry.updatedAt)
      .sort()
      .at(-1);
    if (latest && Date.parse(latest) > Date.parse(String(article.dateModified)))
      article.dateModified = latest;
  }
  const breadcrumbs: JsonLd = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [
      { name: names.home, item: absoluteUrl(homePath(story.locale)) },
      // A retired section has no page to lead to.
      ...(story.section.retired
        ? []
        : [{ name: story.section.name, item: absoluteUrl(sectionPath(story.locale, story.section.slug)) }]),
      { name: story.headline, item: url },
    ].map((crumb, index) => ({ "@type": "ListItem", position: index + 1, ...crumb })),
  };
  return [article, breadcrumbs];
}
