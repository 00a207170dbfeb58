import "server-only";
import type { AppLocale } from "@/i18n/routing";
import {
  loadStoryForEditing,
  sourceTextAt,
  type EditableVersion,
  type StoryForEditing,
  type VersionText,
} from "@/lib/newsroom/story-editor-data";
import { slugify } from "@/lib/slug";

export interface TranslationEditorData {
  story: StoryForEditing;
  source: EditableVersion;
  /** The version being edited; undefined when this language is still missing. */
  version: EditableVersion | undefined;
  isSource: boolean;
  /** What the form starts from: the version, or a new translation seeded from the source text. */
  initial: VersionText;
  /** The source text this translation was made from, when the source has changed since. */
  outdatedFrom: VersionText | null;
}

export async function loadTranslationEditor(
  storyId: number,
  target: AppLocale,
  uiLocale: AppLocale,
): Promise<TranslationEditorData | null> {
  const story = await loadStoryForEditing(storyId, uiLocale);
  const source = story?.versions[story.sourceLocale];
  if (!story || !source) return null;
  const version = story.versions[target];
  const isSource = target === story.sourceLocale;
  const madeFrom = version?.draft?.sourceRevision ?? version?.sourceRevision;
  const outdatedFrom =
    madeFrom !== undefined && !isSource && madeFrom < story.sourceRevision
      ? await sourceTextAt(story.id, story.sourceLocale, madeFrom)
      : null;
  // Work goes on from the newest text: the forward draft when there is one.
  const from = version?.draft ?? version ?? { ...source, slug: slugify(source.headline) };
  const initial = {
    slug: from.slug,
    headline: from.headline,
    dek: from.dek,
    body: from.body,
    leadImageAlt: from.leadImageAlt,
  };
  return { story, source, version, isSource, initial, outdatedFrom };
}
