import type { Locale } from "next-intl";
import { wordTokens } from "@/lib/newsroom/editor/word-diff";
import { bodyBlocks, memoryKey, type BodyBlock } from "@/lib/translation-memory/segments";

// Which blocks of a story's source body changed between two revisions, so
// the translation editor can flag the paragraphs of an outdated translation
// a translator must look at again and leave the others alone. Pure
// functions, no "server-only": tests call them directly.

export type BlockChange =
  | { kind: "unchanged"; oldIndex: number; newIndex: number }
  /**
   * The same passage with other words, or the same words in another kind of
   * block. similarity: the words' Dice coefficient, EDIT_SIMILARITY to 1.
   */
  | { kind: "edited"; oldIndex: number; newIndex: number; similarity: number }
  | { kind: "added"; newIndex: number }
  | { kind: "removed"; oldIndex: number };

/**
 * The word similarity (Dice) at which a changed old block and a changed new
 * block are taken for the same passage edited rather than one passage
 * removed and another added. On the demo stories (prisma/content/stories),
 * the 824 pairs of different blocks within one body (both languages,
 * headings against headings, other blocks against each other) reach at most
 * 0.455, in aid-conference, where a list item repeats a pledge the paragraph
 * above it reports; none reaches 0.5. An edit that keeps half the words is
 * still the translator's old paragraph to revise, so 0.5 separates the two.
 */
export const EDIT_SIMILARITY = 0.5;

interface Compared {
  block: BodyBlock;
  /** The block's kind and memoryKey: equal anchors are the same block, unchanged. */
  anchor: string;
  key: string;
}

/** A block left between anchors, with its words as vocabulary numbers in ascending order, repeats kept. */
interface Leftover {
  block: BodyBlock;
  key: string;
  words: Int32Array;
}

/** Numbers for the words of one comparison, so blocks' words compare as integers. */
type Vocabulary = Map<string, number>;

/**
 * How the source's body changed between two revisions, block by block
 * (bodyBlocks), in the new body's order, each removed block placed where it
 * stood, before the new blocks that follow it.
 *
 * 1. Blocks are compared by kind and memoryKey: changes of white space,
 *    of case (a capitalisation fix is not worth a new translation; the
 *    translator's text has its own capitals), and in Arabic of tashkeel,
 *    tatweel, hamza forms, ة/ه and ى/ي leave a block unchanged. A changed
 *    comma or full stop does not (memoryKey keeps punctuation).
 * 2. A longest common subsequence of those keys anchors the unchanged
 *    blocks, so a block added or removed shifts the indices after it
 *    without marking those blocks changed.
 * 3. Between two anchors, the old and new blocks left over are paired in
 *    order as edited where their words are similar enough (EDIT_SIMILARITY),
 *    choosing the pairs with the highest total similarity; the rest are
 *    removed and added. A heading pairs only with a heading; a paragraph,
 *    quote or list item with any of those, so a paragraph turned into a
 *    quote with its words unchanged is edited with similarity 1: the
 *    translation's Markdown must follow.
 *
 * A block moved elsewhere is removed at its old place and added at its new
 * one: the translation's paragraph must move too. Deterministic: no
 * timeouts or limits that depend on the machine.
 */
export function compareSourceBlocks(oldBody: string, newBody: string, locale: Locale): BlockChange[] {
  const before = bodyBlocks(oldBody).map((block) => compared(block, locale));
  const after = bodyBlocks(newBody).map((block) => compared(block, locale));
  const changes: BlockChange[] = [];
  const vocabulary: Vocabulary = new Map();
  let gone: Compared[] = [];
  let came: Compared[] = [];
  for (const step of commonSubsequence(
    before.map((block) => block.anchor),
    after.map((block) => block.anchor),
  )) {
    if (step.kind === "removed") gone.push(...present(before[step.oldIndex]));
    else if (step.kind === "added") came.push(...present(after[step.newIndex]));
    else {
      pairLeftovers(leftovers(gone, locale, vocabulary), leftovers(came, locale, vocabulary), changes);
      gone = [];
      came = [];
      changes.push(step);
    }
  }
  pairLeftovers(leftovers(gone, locale, vocabulary), leftovers(came, locale, vocabulary), changes);
  return changes;
}

type Step = Exclude<BlockChange, { kind: "edited" }>;

/** An array element as a list of none or one, for indices the types cannot prove are in range. */
const present = <T>(item: T | undefined): T[] => (item === undefined ? [] : [item]);

/**
 * A longest common subsequence of two lists of keys, as the steps that walk
 * both: equal keys matched (unchanged), the others removed or added. Equal
 * ends are matched first and only the middle goes through the quadratic
 * table, so one edit in a long body costs next to nothing, and the table of
 * the longest body the limits allow (1,000 lines) is a few megabytes.
 * Among equally long subsequences the walk matches as early as it can and
 * reports a removal before an addition, so ties always go the same way.
 * Not the diff package's Myers diff, which word-diff bounds with a timeout
 * (an answer that depends on the machine's speed is not deterministic) and
 * which, unbounded, took several times as long as this table for 500 list
 * items all rewritten.
 */
function commonSubsequence(before: string[], after: string[]): Step[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const steps: Step[] = [];
  for (let k = 0; k < start; k++) steps.push({ kind: "unchanged", oldIndex: k, newIndex: k });
  // lengths[i][j]: the longest common subsequence of before[i…endBefore) and after[j…endAfter).
  const rows = endBefore - start + 1;
  const width = endAfter - start + 1;
  const lengths = new Int32Array(rows * width);
  const at = (i: number, j: number) => lengths[(i - start) * width + (j - start)] ?? 0;
  for (let i = endBefore - 1; i >= start; i--) {
    for (let j = endAfter - 1; j >= start; j--) {
      lengths[(i - start) * width + (j - start)] =
        before[i] === after[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  let i = start;
  let j = start;
  while (i < endBefore && j < endAfter) {
    if (before[i] === after[j]) steps.push({ kind: "unchanged", oldIndex: i++, newIndex: j++ });
    else if (at(i + 1, j) >= at(i, j + 1)) steps.push({ kind: "removed", oldIndex: i++ });
    else steps.push({ kind: "added", newIndex: j++ });
  }
  for (; i < endBefore; i++) steps.push({ kind: "removed", oldIndex: i });
  for (; j < endAfter; j++) steps.push({ kind: "added", newIndex: j });
  for (let k = 0; endBefore + k < before.length; k++)
    steps.push({ kind: "unchanged", oldIndex: endBefore + k, newIndex: endAfter + k });
  return steps;
}

/** The new body's block indices a translator must look at again (edited or added), ascending. */
export function changedBlockIndices(changes: BlockChange[]): number[] {
  return changes
    .flatMap((change) => (change.kind === "edited" || change.kind === "added" ? [change.newIndex] : []))
    .sort((a, b) => a - b);
}

function compared(block: BodyBlock, locale: Locale): Compared {
  const key = memoryKey(block.text, locale);
  // memoryKey collapses white space to single spaces, so a line break cannot occur in a key.
  return { block, anchor: `${block.kind}\n${key}`, key };
}

// A token with a letter or a digit is a word; spaces and punctuation are not.
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * The blocks' words, from their memoryKeys so that spelling variants the
 * key folds are the same word. wordTokens (the word diff's tokens,
 * Intl.Segmenter) keeps "2.4", "$1.5bn" and "don't" whole, as a translator
 * reads them. Sorted numbers rather than maps of strings: a gap of many
 * blocks compares each removed block with each added one, and merging two
 * short integer arrays took half the time of looking words up in maps.
 */
function leftovers(items: Compared[], locale: Locale, vocabulary: Vocabulary): Leftover[] {
  return items.map(({ block, key }) => {
    const words: number[] = [];
    for (const token of wordTokens(key, locale)) {
      if (!WORDLIKE.test(token)) continue;
      let id = vocabulary.get(token);
      if (id === undefined) vocabulary.set(token, (id = vocabulary.size));
      words.push(id);
    }
    return { block, key, words: Int32Array.from(words).sort() };
  });
}

/**
 * Dice's coefficient over the two blocks' words counted with repeats:
 * 2 × shared words / (words in one + words in the other), from 0 (no word
 * in common) to 1 (the same words). Order is ignored on purpose: sentences
 * reordered within a paragraph leave it the same passage. 0 for a heading
 * against any other kind of block, which never pair, and below the
 * threshold when the word counts alone rule it out.
 */
function similarity(a: Leftover, b: Leftover): number {
  if ((a.block.kind === "heading") !== (b.block.kind === "heading")) return 0;
  const m = a.words.length;
  const n = b.words.length;
  // Blocks without a word ("…", "—"): only the same text is similar.
  if (m === 0 || n === 0) return a.key === b.key ? 1 : 0;
  // Dice cannot reach the threshold when one block has more than
  // (2 / threshold − 1) times the other's words: no need to count shared ones.
  if ((2 * Math.min(m, n)) / (m + n) < EDIT_SIMILARITY) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < m && j < n;) {
    const x = a.words[i] ?? 0;
    const y = b.words[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (m + n);
}

/**
 * Pairs the blocks removed and added between two anchors, in order, as
 * edited where similar enough, by dynamic programming over the
 * (removed + 1) × (added + 1) grid: best[i][j] is the highest total
 * similarity of pairs among removed[i…] and added[j…]. Ties go to pairing,
 * then to reporting the removed block first, so the answer never depends on
 * anything but the two bodies.
 */
function pairLeftovers(gone: Leftover[], came: Leftover[], changes: BlockChange[]): void {
  const p = gone.length;
  const q = came.length;
  const width = q + 1;
  const best = new Float64Array((p + 1) * width);
  const score = (i: number, j: number): number => {
    const a = gone[i];
    const b = came[j];
    if (!a || !b) return 0;
    const value = similarity(a, b);
    return value >= EDIT_SIMILARITY ? value : 0;
  };
  const at = (i: number, j: number) => best[i * width + j] ?? 0;
  if (p > 0 && q > 0) {
    for (let i = p - 1; i >= 0; i--) {
      for (let j = q - 1; j >= 0; j--) {
        const pair = score(i, j);
        best[i * width + j] = Math.max(pair > 0 ? pair + at(i + 1, j + 1) : 0, at(i + 1, j), at(i, j + 1));
      }
    }
  }
  let i = 0;
  let j = 0;
  const removed = (item: Leftover) => changes.push({ kind: "removed", oldIndex: item.block.index });
  const added = (item: Leftover) => changes.push({ kind: "added", newIndex: item.block.index });
  while (i < p && j < q) {
    const from = gone[i];
    const to = came[j];
    if (!from || !to) break;
    const pair = score(i, j);
    if (pair > 0 && at(i, j) === pair + at(i + 1, j + 1)) {
      changes.push({
        kind: "edited",
        oldIndex: from.block.index,
        newIndex: to.block.index,
        similarity: pair,
      });
      i++;
      j++;
    } else if (at(i, j) === at(i + 1, j)) {
      removed(from);
      i++;
    } else {
      added(to);
      j++;
    }
  }
  gone.slice(i).forEach(removed);
  came.slice(j).forEach(added);
}
