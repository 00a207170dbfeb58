import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { pickName } from "@/lib/stories/row-mappers";
import { draftStatus, type DraftStatus } from "@/lib/newsroom/workflow/forward-draft";
import { versionState, type VersionState } from "@/lib/newsroom/workflow/translation-state";

export interface VersionText {
  slug: string;
  headline: string;
  dek: string;
  body: string;
  leadImageAlt: string;
  leadImageCaption: string;
}

export interface EditableVersion extends VersionText {
  locale: Locale;
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED";
  state: VersionState;
  revision: number;
  sourceRevision: number;
  updatedAt: string;
  /** The forward draft of a published version: newer text readers do not see yet. */
  draft: ForwardDraft | null;
}

export interface ForwardDraft extends VersionText {
  status: DraftStatus;
  sourceRevision: number;
}

export interface StoryForEditing {
  id: number;
  key: string;
  sourceLocale: Locale;
  sourceRevision: number;
  section: string;
  image: string | null;
  commentsClosed: boolean;
  /** Live coverage has a desk of its own for its entries. */
  live: boolean;
  versions: Partial<Record<Locale, EditableVersion>>;
}

export async function loadStoryForEditing(
  storyId: number,
  uiLocale: Locale,
): Promise<StoryForEditing | null> {
  const story = await db().story.findUnique({
    where: { id: storyId },
    include: { section: { include: { translations: true } }, translations: { include: { draft: true } } },
  });
  if (!story) return null;
  const versions: Partial<Record<Locale, EditableVersion>> = {};
  for (const locale of routing.locales) {
    const t = story.translations.find((translation) => translation.locale === locale);
    if (!t) continue;
    versions[locale] = {
      locale,
      slug: t.slug,
      headline: t.headline,
      dek: t.dek,
      body: t.body,
      leadImageAlt: t.leadImageAlt,
      leadImageCaption: t.leadImageCaption,
      status: t.status,
      state: versionState(story, t),
      revision: t.revision,
      sourceRevision: t.sourceRevision,
      updatedAt: t.updatedAt.toISOString(),
      draft: t.draft
        ? {
            slug: t.draft.slug,
            headline: t.draft.headline,
            dek: t.draft.dek,
            body: t.draft.body,
            leadImageAlt: t.draft.leadImageAlt,
            leadImageCaption: t.draft.leadImageCaption,
            status: draftStatus(t.draft) ?? "DRAFT",
            sourceRevision: t.draft.sourceRevision,
          }
        : null,
    };
  }
  return {
    id: story.id,
    key: story.key,
    sourceLocale: story.sourceLocale,
    sourceRevision: story.sourceRevision,
    section: pickName(story.section.translations, uiLocale, story.section.key),
    image: story.leadImageSrc,
    commentsClosed: story.commentsClosed,
    live: story.kind === "LIVE",
    versions,
  };
}

/** The source-language text as it stood at a given source revision (for "what changed since"). */
export async function sourceTextAt(
  storyId: number,
  sourceLocale: Locale,
  sourceRevision: number,
): Promise<VersionText | null> {
  const revision = await db().translationRevision.findFirst({
    where: { translation: { storyId, locale: sourceLocale }, sourceRevision },
    orderBy: { number: "desc" },
  });
  return revision
    ? {
        slug: revision.slug,
        headline: revision.headline,
        dek: revision.dek,
        body: revision.body,
        leadImageAlt: revision.leadImageAlt,
        leadImageCaption: revision.leadImageCaption,
      }
    : null;
}
