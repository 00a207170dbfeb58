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
import { compareSourceBlocks } from "@/lib/translation-memory/changed-blocks";
import { bodyBlocks } from "@/lib/translation-memory/segments";

/** What changed in the source since the translation's revision, paragraph by paragraph. */
export interface SourceChanges {
  headline: boolean;
  dek: boolean;
  /** Blocks of the current source body that changed or are new (index from 0), with their text before. */
  blocks: { index: number; before: string | null; after: string }[];
  /** Blocks the source no longer has, as they were. */
  removed: string[];
}

/** The current source body, block by block, each flagged when it changed since the translation. */
export type SourceBlock = { text: string; changed: boolean };

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
  /** How the source changed since then; null when the translation is not outdated. */
  sourceChanges: SourceChanges | null;
  /** The source body in blocks, for the editor to flag the changed ones. */
  sourceBlocks: SourceBlock[];
}

function sourceChanges(
  before: VersionText,
  after: VersionText,
  locale: AppLocale,
): { changes: SourceChanges; changed: Set<number> } {
  const oldBlocks = bodyBlocks(before.body);
  const newBlocks = bodyBlocks(after.body);
  const changes: SourceChanges = {
    headline: before.headline !== after.headline,
    dek: before.dek !== after.dek,
    blocks: [],
    removed: [],
  };
  for (const change of compareSourceBlocks(before.body, after.body, locale)) {
    if (change.kind === "edited" || change.kind === "added") {
      changes.blocks.push({
        index: change.newIndex,
        before: change.kind === "edited" ? oldBlocks[change.oldIndex]!.raw : null,
        after: newBlocks[change.newIndex]!.raw,
      });
    } else if (change.kind === "removed") {
      changes.removed.push(oldBlocks[change.oldIndex]!.raw);
    }
  }
  return { changes, changed: new Set(changes.blocks.map((block) => block.index)) };
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
  const compared = outdatedFrom ? sourceChanges(outdatedFrom, source, story.sourceLocale) : null;
  const sourceBlocks = bodyBlocks(source.body).map((block) => ({
    text: block.raw,
    changed: compared?.changed.has(block.index) ?? false,
  }));
  return {
    story,
    source,
    version,
    isSource,
    initial,
    outdatedFrom,
    sourceChanges: compared?.changes ?? null,
    sourceBlocks,
  };
}
