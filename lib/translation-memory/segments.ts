import type { Locale } from "next-intl";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";

// Segments a translation memory stores and looks up: the blocks of a story
// body, the sentences of a block, and the key two segments are compared by.
// Pure functions, no "server-only": tests and benchmarks call them directly.

export type BodyBlockKind = "paragraph" | "heading" | "quote" | "item";

export interface BodyBlock {
  index: number;
  kind: BodyBlockKind;
  /** The block's words: Markdown markers, link URLs and emphasis marks removed, spaces collapsed. */
  text: string;
  /** The block's lines as written, markers included. */
  raw: string;
}

// ---------------------------------------------------------------------------
// Body blocks
// ---------------------------------------------------------------------------

// The bounded Markdown of story bodies (prisma/content/types.ts), line by
// line. Close enough to CommonMark for the blocks editors write; fenced code
// and HTML are not part of that Markdown and read as paragraphs.
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const QUOTE_MARKERS = /^(?: {0,3}>[ \t]?)+/;
const LIST_ITEM = /^[ \t]*(?:([-*+])|(\d{1,9})[.)])(?:[ \t]+(.*))?$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;

interface OpenBlock {
  kind: BodyBlockKind;
  lines: string[];
  parts: string[];
}

/**
 * The blocks of a story body in reading order: each paragraph, heading,
 * quote paragraph and list item, with its words and its Markdown. Rules,
 * link reference definitions and blocks without words are left out.
 */
export function bodyBlocks(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let open: OpenBlock | null = null;
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === "") {
      open = close(blocks, open);
      continue;
    }
    // "Text" over "---" or "===" is a heading in CommonMark, not a rule.
    if (open?.kind === "paragraph" && SETEXT_UNDERLINE.test(line)) {
      open.kind = "heading";
      open.lines.push(line);
      open = close(blocks, open);
      continue;
    }
    if (RULE.test(line) || REFERENCE_DEFINITION.test(line)) {
      open = close(blocks, open);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      close(blocks, open);
      open = close(blocks, { kind: "heading", lines: [line], parts: [heading[2] ?? ""] });
      continue;
    }
    const quote = QUOTE_MARKERS.exec(line);
    if (quote) {
      const rest = line.slice(quote[0].length);
      // A list inside a quote: each item is a quote block of its own.
      const quotedItem = LIST_ITEM.exec(rest)?.[3];
      // ">" alone separates two paragraphs of one quote: each is a segment.
      if (rest.trim() === "") open = close(blocks, open);
      else if (quotedItem !== undefined) open = start(blocks, open, "quote", line, quotedItem);
      else if (open?.kind === "quote") append(open, line, rest);
      else open = start(blocks, open, "quote", line, rest);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    // Only "1." may interrupt a paragraph: "2026. The year…" wrapped onto a
    // new line is still the paragraph's text (the CommonMark rule).
    if (item && (open?.kind !== "paragraph" || item[1] !== undefined || item[2] === "1")) {
      const rest = item[3] ?? "";
      open = rest.trim() === "" ? close(blocks, open) : start(blocks, open, "item", line, rest);
      continue;
    }
    // Lazy continuation: a plain line goes on whatever block is open.
    if (open) append(open, line, line);
    else open = start(blocks, open, "paragraph", line, line);
  }
  close(blocks, open);
  return blocks;
}

/** Ends the open block, keeping it when it has words (an empty link or a lone "**" has none). */
function close(blocks: BodyBlock[], open: OpenBlock | null): null {
  if (open) {
    const text = plainInline(open.parts.join(" "));
    if (text !== "") blocks.push({ index: blocks.length, kind: open.kind, text, raw: open.lines.join("\n") });
  }
  return null;
}

function start(
  blocks: BodyBlock[],
  open: OpenBlock | null,
  kind: BodyBlockKind,
  line: string,
  part: string,
): OpenBlock {
  close(blocks, open);
  return { kind, lines: [line], parts: [part] };
}

function append(block: OpenBlock, line: string, part: string): void {
  block.lines.push(line);
  block.parts.push(part);
}

// Escaped punctuation ("\*") is parked on a private-use character while the
// rewrites run, so it is never read as markup, then put back as plain text.
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const PARKED = /[\uE000-\uE07F]/g;
const park = (_: string, char: string) => String.fromCharCode(0xe000 + char.charCodeAt(0));
const unpark = (char: string) => String.fromCharCode(char.charCodeAt(0) - 0xe000);

const STRONG_STAR = /\*\*(?=[^\s*])([^*]*?[^\s*])\*\*/g;
const EM_STAR = /\*(?=[^\s*])([^*]*?[^\s*])\*/g;
const STRONG_UNDERSCORE = /(?<![\p{L}\p{N}_])__(?=[^\s_])([^_]*?[^\s_])__(?![\p{L}\p{N}_])/gu;
const EM_UNDERSCORE = /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu;

// In order: links before emphasis, so underscores and stars in URLs are gone
// before emphasis is looked for. A rewrite runs only when its trigger
// character is present, which keeps plain prose to a few string searches.
const REWRITES: [trigger: string, pattern: RegExp, replacement: string][] = [
  ["\\", /\\(?=\s|$)/g, " "], // a hard line break
  ["`", /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, "$2"],
  // Link text holds no "[", so a run of unclosed brackets costs one scan, not one per bracket.
  ["[", /!?\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g, "$1"],
  ["[", /!?\[([^[\]]+)\]\[[^[\]]*\]/g, "$1"], // a reference link
  ["<", /<((?:https?|mailto):[^<>\s]+)>/g, "$1"], // an autolink: its URL is its visible text
  // Emphasis holds no mark of its own kind, so an unclosed run costs one scan
  // per mark, not one per mark to the end of the block. Strong runs again
  // after emphasis for "**a *b* c**", whose inner pair hides the outer one.
  ["*", STRONG_STAR, "$1"],
  ["*", EM_STAR, "$1"],
  ["*", STRONG_STAR, "$1"],
  // Underscores inside a word (snake_case) are not emphasis.
  ["_", STRONG_UNDERSCORE, "$1"],
  ["_", EM_UNDERSCORE, "$1"],
  ["_", STRONG_UNDERSCORE, "$1"],
];

/** Inline Markdown to its words: link text kept, URLs and emphasis marks dropped, spaces collapsed. */
export function plainInline(markdown: string): string {
  const escapes = markdown.includes("\\");
  let text = escapes ? markdown.replace(ESCAPE, park) : markdown;
  for (const [trigger, pattern, replacement] of REWRITES) {
    if (text.includes(trigger)) text = text.replace(pattern, replacement);
  }
  if (escapes) text = text.replace(PARKED, unpark);
  return collapseSpaces(text);
}

// Matches only what collapsing changes, so single spaces cost nothing.
const SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** Runs of white space as one space, ends trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_TO_COLLAPSE, " ").trim();
}

// ---------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------

// A hand-written scanner rather than Intl.Segmenter: memory entries must
// split the same way next year, and ICU's sentence rules change with Node's
// ICU version (and know nothing of "Mr." without suppression data V8 lacks).
const TERMINATORS = /[.!?؟۔…]+/;
const CLOSER = /["'”’»›)\]}]/;
const OPENER = /["'“‘«‹(\[{]/;
const LOWERCASE = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

// Words that end in a period without ending the sentence: titles before a
// name, month abbreviations before a date (AP style), "vs.". "etc.", "Inc."
// and "Co." are left out on purpose: they often end a sentence, and when they
// do not, the next word is lower-case, which already keeps the sentence whole.
const ENGLISH_ABBREVIATIONS = new Set(
  "Mr Mrs Ms Messrs Dr Prof Sr Jr St Mt Ft Rev Hon Pres Gov Sen Rep Amb Gen Lt Col Maj Capt Cmdr Sgt Adm Fr Jan Feb Aug Sep Sept Oct Nov Dec vs cf approx".split(
    " ",
  ),
);
// These are abbreviations only before a number ("No. 5", "Art. 12").
const NUMBERING_ABBREVIATIONS = new Set(["No", "Nos", "Art", "Vol", "Fig", "p", "pp", "ch"]);
// "U.S.", "a.m.", "e.g.", "ق.م." (before Christ): letters each followed by a period.
const DOTTED = /^(?:\p{L}\.){2,}$/u;

/**
 * Splits plain text into sentences at . ! ? … (and in Arabic ؟ and ۔),
 * with any closing quotes or brackets kept on the sentence they close. A
 * terminator ends a sentence only before white space or the end, so "2.4"
 * and "$1.5" stay whole. Not after an abbreviation, an initial ("J. Smith")
 * or a dotted acronym ("U.S."); in English, not before a lower-case word
 * ("e.g. the", "Inc. said", "“Why?” she asked"). Arabic has no case, so
 * there only the abbreviation rules hold ("د." for doctor, "ق.م.").
 * The price: a sentence that really ends in "U.S." or "Plan B." runs on
 * into the next one.
 */
export function sentences(text: string, locale: Locale): string[] {
  const found: string[] = [];
  const terminators = new RegExp(TERMINATORS.source, "g");
  let from = 0;
  for (let match = terminators.exec(text); match; match = terminators.exec(text)) {
    const mark = match.index;
    let end = mark + match[0].length;
    while (end < text.length && CLOSER.test(text.charAt(end))) end++;
    terminators.lastIndex = end;
    const atEnd = end === text.length;
    if (
      atEnd ||
      (/\s/.test(text.charAt(end)) && endsSentence(text, mark, match[0].length === 1, end, locale))
    ) {
      push(found, text.slice(from, end));
      from = end;
    }
  }
  push(found, text.slice(from));
  return found;
}

function push(found: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed !== "") found.push(trimmed);
}

/**
 * Whether the terminators starting at `mark` (`single`: just one), with any
 * closing quotes up to `end` and white space after, end a sentence.
 */
function endsSentence(text: string, mark: number, single: boolean, end: number, locale: Locale): boolean {
  let next = end;
  while (next < text.length && /\s/.test(text.charAt(next))) next++;
  while (next < text.length && OPENER.test(text.charAt(next))) next++;
  const following = text.charAt(next);
  if (locale === "en" && LOWERCASE.test(following)) return false;
  if (text.charAt(mark) !== "." || !single) return true;
  const word = wordBefore(text, mark);
  if (word === "") return true;
  if (DOTTED.test(`${word}.`)) return false;
  // An initial, or an Arabic one-letter abbreviation ("د.", "م.", "هـ.").
  if ([...word.replace(/\u0640/g, "")].length === 1 && /\p{L}/u.test(word)) return false;
  if (locale === "en" && ENGLISH_ABBREVIATIONS.has(word)) return false;
  if (NUMBERING_ABBREVIATIONS.has(word) && DIGIT.test(following)) return false;
  return true;
}

/** The run of non-space characters before `mark`, less any opening quote or bracket. */
function wordBefore(text: string, mark: number): string {
  let start = mark;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  let word = text.slice(start, mark);
  while (word !== "" && OPENER.test(word.charAt(0))) word = word.slice(1);
  return word;
}

// ---------------------------------------------------------------------------
// Memory keys
// ---------------------------------------------------------------------------

// Invisible characters editors paste with text (bidi marks and isolates,
// zero-width no-break space, soft hyphen): they change no word.
const INVISIBLE = /[\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const EDGE_RUN = /^[\s"'“”‘’«»‹›„()[\]{}]+|[\s"'“”‘’«»‹›„()[\]{}]+$/g;

/**
 * The text a memory lookup compares: two segments with the same key are
 * the same segment. Spelling variants a reader does not see as different
 * are folded; everything that changes meaning is kept.
 *
 * - NFC, invisible format characters removed, white space collapsed.
 * - Arabic: normalizeSearchText (hamza forms to bare alef/waw/ya, ة → ه,
 *   ى → ي, tashkeel and tatweel removed, Arabic-Indic digits to ASCII), the
 *   spelling rules search already uses, so memory and search agree.
 * - Lower case: English always; in Arabic only embedded Latin ("UNHCR")
 *   is affected, since Arabic has no case.
 * - Punctuation is kept, so "He left." and "He left?" stay apart, and so is
 *   the final period (a headline without one is a different segment from a
 *   sentence with one). Only quotes and brackets at either end are removed:
 *   sentence splitting leaves an opening quote on the first sentence of a
 *   quotation and the closing one on the last, and the same words quoted or
 *   not are the same segment.
 */
export function memoryKey(text: string, locale: Locale): string {
  let key = text.normalize("NFC").replace(INVISIBLE, "");
  if (locale === "ar") key = normalizeSearchText(key);
  return key.toLowerCase().replace(/\s+/g, " ").replace(EDGE_RUN, "");
}
