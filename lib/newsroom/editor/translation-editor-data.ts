import "server-only";
import { leadImageCreditOf } from "@/lib/newsroom/media/lead-image-credit-command";
import type { Locale } from "next-intl";
import {
  loadStoryForEditing,
  sourceTextAt,
  type EditableVersion,
  type StoryForEditing,
  type VersionText,
} from "@/lib/newsroom/editor/story-editor-data";
import { slugify } from "@/lib/urls/slug";
import { compareSourceBlocks } from "@/lib/translation-memory/changed-blocks";
import { editorTerms, type EditorTerms } from "@/lib/glossary/editor-terms";
import { glossaryForPair } from "@/lib/glossary/glossary-queries";
import { lookupMemory, type MemorySuggestion } from "@/lib/translation-memory/lookup";
import { bodyBlocks, sentences, type BodyBlock } from "@/lib/translation-memory/segments";

/** What changed in the source since the translation's revision, paragraph by paragraph. */
export interface SourceChanges {
  headline: boolean;
  dek: boolean;
  /** Blocks of the current source body that changed or are new (index from 0), with their text before. */
  blocks: { index: number; before: string | null; after: string }[];
  /** Blocks the source no longer has, as they were. */
  removed: string[];
}

/** A source sentence and the memory's translations of it. */
export interface SentenceSuggestions {
  text: string;
  suggestions: MemorySuggestion[];
}

/**
 * The current source body, block by block: each flagged when it changed
 * since the translation, with the memory's translations of the block and,
 * when no earlier block comes close, of its sentences.
 */
export type SourceBlock = {
  text: string;
  changed: boolean;
  suggestions: MemorySuggestion[];
  sentences: SentenceSuggestions[];
};

/** The memory's suggestions for the source's headline and summary. */
export interface FieldSuggestions {
  headline: MemorySuggestion[];
  dek: MemorySuggestion[];
}

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
  /** The uploaded lead image's credit in this language ("" for none); null when there is no upload. */
  photoCredit: string | null;
  /** The source body in blocks, for the editor to flag the changed ones and offer the memory's translations. */
  sourceBlocks: SourceBlock[];
  /** Empty when editing the source itself. */
  fieldSuggestions: FieldSuggestions;
  /** The glossary's terms in the source and those the translation lacks; none when editing the source. */
  terms: EditorTerms;
}

/** A block this close to an earlier one needs no sentence-by-sentence help. */
const BLOCK_MATCH_ENOUGH = 80;

/**
 * Asks the memory for every segment of the source: headline, summary and
 * each block, then the sentences of the blocks of several sentences that
 * no earlier block came close to (two round trips; a story the memory
 * knows well costs a third of the lookups).
 */
async function suggestionsFor(
  source: { headline: string; dek: string },
  blocks: BodyBlock[],
  sourceLocale: Locale,
  target: Locale,
) {
  const found = await lookupMemory(
    [source.headline, source.dek, ...blocks.map((block) => block.text)],
    sourceLocale,
    target,
  );
  const blockSuggestions = found.slice(2);
  const blockSentences = blocks.map((block, index) => {
    if ((blockSuggestions[index]![0]?.match ?? 0) >= BLOCK_MATCH_ENOUGH) return [];
    const split = sentences(block.text, sourceLocale);
    return split.length > 1 ? split : [];
  });
  const sentenceSuggestions = await lookupMemory(blockSentences.flat(), sourceLocale, target);
  let next = 0;
  return {
    fields: { headline: found[0]!, dek: found[1]! },
    blocks: blocks.map((_, index) => ({
      suggestions: blockSuggestions[index]!,
      sentences: blockSentences[index]!.map((text) => ({
        text,
        suggestions: sentenceSuggestions[next++]!,
      })).filter((each) => each.suggestions.length > 0),
    })),
  };
}

function sourceChanges(
  before: VersionText,
  after: VersionText,
  locale: Locale,
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
  target: Locale,
  uiLocale: Locale,
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
    leadImageCaption: from.leadImageCaption,
  };
  const compared = outdatedFrom ? sourceChanges(outdatedFrom, source, story.sourceLocale) : null;
  const blocks = bodyBlocks(source.body);
  const [memory, glossary] = await Promise.all([
    isSource
      ? { fields: { headline: [], dek: [] }, blocks: blocks.map(() => ({ suggestions: [], sentences: [] })) }
      : suggestionsFor(source, blocks, story.sourceLocale, target),
    isSource ? [] : glossaryForPair(story.sourceLocale, target),
  ]);
  const terms = editorTerms(
    glossary,
    { headline: source.headline, dek: source.dek, blocks: blocks.map((block) => block.raw) },
    story.sourceLocale,
    version ? initial : null,
    target,
  );
  const sourceBlocks = blocks.map((block, index) => ({
    text: block.raw,
    changed: compared?.changed.has(block.index) ?? false,
    ...memory.blocks[index]!,
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
    fieldSuggestions: memory.fields,
    terms,
    photoCredit: await leadImageCreditOf(story.id, target),
  };
}
