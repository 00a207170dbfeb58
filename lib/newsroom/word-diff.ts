import { diffArrays } from "diff";

/**
 * One run of a word diff. `marks`: the same letters with other diacritics
 * (a shadda added, a fatha removed), shown as the new word with the old one
 * named, since a struck-through word and its twin beside it look identical
 * when only a small mark differs.
 */
export type WordDiffPart =
  { kind: "same" | "added" | "removed"; text: string } | { kind: "marks"; text: string; before: string };

// Past this many changed tokens the texts are simply different: showing the
// old text struck through and the new one after it is as useful, and Myers'
// diff would otherwise grow with the square of a 50,000-character body.
const MAX_EDIT_LENGTH = 4000;

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Words, spaces and punctuation in reading order. Intl.Segmenter knows that
 * an Arabic word ends at a space or punctuation, never inside a letter and
 * its marks, so a changed word is replaced whole instead of being cut into
 * letter fragments that join into other words.
 */
export function wordTokens(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: "word" });
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

function graphemes(word: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: "grapheme" });
  return Array.from(segmenter.segment(word), (segment) => segment.segment);
}

// A grapheme cluster without its combining marks: its base letter.
const base = (cluster: string) => cluster.replace(/\p{M}/gu, "");

/**
 * True when two words have the same letters, cluster by cluster, and differ
 * only in the marks attached to them. Hamza forms are letters of their own
 * (أ is one code point), so أ → ا is a spelling change, not a marks change.
 */
export function onlyMarksDiffer(before: string, after: string, locale: string): boolean {
  if (before.normalize("NFC") === after.normalize("NFC")) return false;
  const a = graphemes(before.normalize("NFC"), locale);
  const b = graphemes(after.normalize("NFC"), locale);
  return a.length === b.length && a.every((cluster, index) => base(cluster) === base(b[index]!));
}

function push(parts: WordDiffPart[], part: WordDiffPart) {
  const last = parts.at(-1);
  if (last && last.kind === part.kind && part.kind !== "marks") last.text += part.text;
  else parts.push(part);
}

/**
 * A changed stretch: when as many tokens went as came, they are paired up so
 * that a word whose marks alone changed says so and the words between stay
 * in place; otherwise the old stretch is struck and the new one follows.
 */
function replaced(parts: WordDiffPart[], removed: string[], added: string[], locale: string) {
  const paired =
    removed.length === added.length &&
    removed.some((token, index) => WORDLIKE.test(token) && onlyMarksDiffer(token, added[index]!, locale));
  if (!paired) {
    if (removed.length > 0) push(parts, { kind: "removed", text: removed.join("") });
    if (added.length > 0) push(parts, { kind: "added", text: added.join("") });
    return;
  }
  removed.forEach((token, index) => {
    const next = added[index]!;
    if (token.normalize("NFC") === next.normalize("NFC")) push(parts, { kind: "same", text: next });
    else if (onlyMarksDiffer(token, next, locale)) parts.push({ kind: "marks", text: next, before: token });
    else {
      push(parts, { kind: "removed", text: token });
      push(parts, { kind: "added", text: next });
    }
  });
}

/**
 * What changed from `before` to `after`, word by word, in the text's own
 * language. Tokens are compared in NFC, so the same marks typed in another
 * order (shadda then fatha, or fatha then shadda) are no change.
 */
export function wordDiff(before: string, after: string, locale: string): WordDiffPart[] {
  const changes = diffArrays(wordTokens(before, locale), wordTokens(after, locale), {
    comparator: (a: string, b: string) => a.normalize("NFC") === b.normalize("NFC"),
    maxEditLength: MAX_EDIT_LENGTH,
  });
  const parts: WordDiffPart[] = [];
  if (!changes) {
    replaced(parts, before ? [before] : [], after ? [after] : [], locale);
    return parts;
  }
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    replaced(parts, removed, added, locale);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      push(parts, { kind: "same", text: change.value.join("") });
    }
  }
  flush();
  return parts;
}
