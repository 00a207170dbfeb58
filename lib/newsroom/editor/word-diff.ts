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
const TIMEOUT_MS = 200;

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Words, spaces and punctuation in reading order. Intl.Segmenter knows that
 * an Arabic word ends at a space or punctuation, never inside a letter and
 * its marks, so a changed word is replaced whole instead of being cut into
 * letter fragments that join into other words.
 */
export function wordTokens(text: string, locale: string): string[] {
  return Array.from(segmenter(locale, "word").segment(text), (segment) => segment.segment);
}

function graphemes(word: string, locale: string): string[] {
  return Array.from(segmenter(locale, "grapheme").segment(word), (segment) => segment.segment);
}

// Making a segmenter loads ICU data: one per locale and granularity is enough.
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string, granularity: "word" | "grapheme"): Intl.Segmenter {
  const key = `${locale}:${granularity}`;
  let found = segmenters.get(key);
  if (!found) segmenters.set(key, (found = new Intl.Segmenter(locale, { granularity })));
  return found;
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

/** Tokens in NFC, so the same marks typed in another order are the same token. */
function diffTokens(before: string[], after: string[]) {
  return diffArrays(
    before.map((token) => token.normalize("NFC")),
    after.map((token) => token.normalize("NFC")),
    { maxEditLength: MAX_EDIT_LENGTH, timeout: TIMEOUT_MS },
  );
}

/**
 * Walks a diff of `before` against `after`, handing each unchanged run and
 * each changed stretch (what went, what came) to the callbacks, with the
 * original tokens rather than their normalised forms.
 */
function walk(
  before: string[],
  after: string[],
  onSame: (tokens: string[]) => void,
  onChange: (removed: string[], added: string[]) => void,
) {
  const changes = diffTokens(before, after);
  if (!changes) {
    onChange(before, after);
    return;
  }
  let i = 0;
  let j = 0;
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length > 0 || added.length > 0) onChange(removed, added);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    const count = change.value.length;
    if (change.removed) removed.push(...before.slice(i, (i += count)));
    else if (change.added) added.push(...after.slice(j, (j += count)));
    else {
      flush();
      onSame(after.slice(j, (j += count)));
      i += count;
    }
  }
  flush();
}

/** Lines with their line breaks, so joining them gives the text back. */
const lines = (text: string) => text.split(/(?<=\n)/);

/**
 * What changed from `before` to `after`, word by word, in the text's own
 * language. Paragraphs are compared first and words only inside those that
 * changed, so a 50,000-character body with a few edits is diffed in
 * milliseconds rather than word against word across the whole text.
 */
export function wordDiff(before: string, after: string, locale: string): WordDiffPart[] {
  const parts: WordDiffPart[] = [];
  const byWord = (removed: string, added: string) =>
    walk(
      wordTokens(removed, locale),
      wordTokens(added, locale),
      (tokens) => push(parts, { kind: "same", text: tokens.join("") }),
      (gone, came) => replaced(parts, gone, came, locale),
    );
  walk(
    lines(before),
    lines(after),
    (same) => push(parts, { kind: "same", text: same.join("") }),
    (gone, came) => byWord(gone.join(""), came.join("")),
  );
  return parts;
}
