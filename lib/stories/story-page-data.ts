import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/stories/cache-tags";
import { cachedRead } from "@/lib/stories/cached-read";
import { pickName, summaryInclude, toStorySummary } from "@/lib/stories/row-mappers";
import type { StoryPage } from "@/lib/stories/story-types";
import { toCorrectionNote } from "@/lib/newsroom/workflow/correction-fields";
import { loadOpinionDisclaimer } from "@/lib/opinion/opinion-disclaimer";
import { leadImageCredit } from "@/lib/stories/lead-image-credit";
import { bodyPictures, storyGallery } from "@/lib/stories/story-pictures";

export async function findStoryId(locale: Locale, slug: string): Promise<number | null> {
  const row = await db().storyTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    select: { storyId: true, status: true },
  });
  return row?.status === "PUBLISHED" ? row.storyId : null;
}

export async function findPublishedSlug(storyId: number, locale: Locale): Promise<string | null> {
  const row = await db().storyTranslation.findUnique({
    where: { storyId_locale: { storyId, locale } },
    select: { slug: true, status: true },
  });
  return row?.status === "PUBLISHED" ? row.slug : null;
}

/** A story's published slug in one locale: what the comments fragment links to. */
export function getPublishedSlug(storyId: number, locale: Locale): Promise<string | null> {
  return cachedRead(
    { name: "published-slug", args: [storyId, locale], tags: [cacheTags.story(storyId)] },
    () => findPublishedSlug(storyId, locale),
  );
}

export async function loadStoryPage(
  storyId: number,
  locale: Locale,
  opts: { unpublished?: boolean } = {},
): Promise<StoryPage | null> {
  const found = await db().storyTranslation.findUnique({
    where: { storyId_locale: { storyId, locale } },
    include: {
      story: {
        include: {
          ...summaryInclude.story.include,
          authors: { orderBy: { position: "asc" }, include: { author: { include: { translations: true } } } },
          topics: { include: { topic: { include: { translations: { where: { locale } } } } } },
          translations: { where: { status: "PUBLISHED" }, select: { locale: true, slug: true } },
        },
      },
      corrections: { orderBy: { id: "asc" } },
      // The newsroom's preview shows a published version's forward draft, what readers will see next.
      draft: opts.unpublished === true,
    },
  });
  if (!found || (found.status !== "PUBLISHED" && !opts.unpublished)) return null;
  const draft = opts.unpublished ? found.draft : null;
  const row = draft
    ? {
        ...found,
        slug: draft.slug,
        headline: draft.headline,
        dek: draft.dek,
        body: draft.body,
        leadImageAlt: draft.leadImageAlt,
        leadImageCaption: draft.leadImageCaption,
      }
    : found;
  return {
    ...toStorySummary(row),
    sourceLocale: row.story.sourceLocale,
    liveEndedAt: row.story.liveEndedAt?.toISOString() ?? null,
    body: row.body,
    updatedAt: row.updatedAt.toISOString(),
    authors: row.story.authors.map(({ author }) => ({
      name: pickName(author.translations, locale, author.key),
      key: author.translations.some((translation) => translation.locale === locale) ? author.key : null,
    })),
    otherVersions: row.story.translations.filter((version) => version.locale !== locale),
    // Only topics named in this language have a page in it.
    topics: row.story.topics
      .flatMap(({ topic }) => topic.translations.map(({ name, slug }) => ({ name, slug })))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    notes: row.corrections.map(toCorrectionNote),
    opinionDisclaimer: row.story.kind === "OPINION" ? await loadOpinionDisclaimer(locale) : null,
    figure: {
      caption: row.leadImageCaption,
      credit: row.story.leadImageSrc ? await leadImageCredit(row.story.leadImageSrc, locale) : null,
    },
    gallery: await storyGallery(storyId, locale),
    bodyPictures: await bodyPictures(row.body, locale),
  };
}

/** A published story in one locale, with its published other-language versions. */
export async function getStoryPage(locale: Locale, slug: string): Promise<StoryPage | null> {
  const storyId = await cachedRead(
    { name: "story-id", args: [locale, slug], tags: [cacheTags.slug(locale, slug)] },
    () => findStoryId(locale, slug),
  );
  if (storyId === null) return null;
  return cachedRead(
    {
      name: "story-page",
      args: [storyId, locale],
      tags: [
        cacheTags.story(storyId),
        cacheTags.topics(),
        cacheTags.authors(),
        cacheTags.opinionDisclaimer(locale),
      ],
    },
    () => loadStoryPage(storyId, locale),
  );
}
