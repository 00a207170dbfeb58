import {
  isAtxHeading,
  isUnderline,
  listMarkerEnd,
  ruleStart,
  skipSpaces,
  type Cursor,
} from "@/lib/markdown/block-syntax";
import { measureInline } from "@/lib/markdown/measure-inline";

/** What decides how much work rendering a Markdown body takes. */
export interface BodyMeasure {
  length: number;
  /** Deepest nesting of block quotes (`> > >`). */
  quoteDepth: number;
  /** Deepest nesting of list items, by marker or by indentation. */
  listDepth: number;
  links: number;
  formattingMarks: number;
  /** ATX headings, and lines that could underline a setext heading (or be a rule). */
  headings: number;
  listItems: number;
  lines: number;
}

/**
 * An open quote, or an open list item and how far its text is indented from
 * where its parent's text starts (which moves with the `>` of each line).
 */
type Container = { quote: true } | { quote: false; indent: number };

// Containers are tracked up to this depth only, so that one line costs its
// length plus a constant however deep a hostile body nests. Levels opened
// past it on one line are still counted; levels that nest by indentation
// alone stop being followed there, far past any limit.
const TRACKED_DEPTH = 16;

/** After a `>` at `at`: one space or tab belongs to the marker. */
function afterQuoteMarker(body: string, at: number, col: number): { cursor: Cursor; base: number } {
  if (body[at + 1] === " ") return { cursor: { pos: at + 2, col: col + 2 }, base: col + 2 };
  if (body[at + 1] === "\t")
    return { cursor: { pos: at + 2, col: col + 5 - ((col + 1) % 4) }, base: col + 2 };
  return { cursor: { pos: at + 1, col: col + 1 }, base: col + 1 };
}

/**
 * Measures a body in one pass without recursion or backtracking regular
 * expressions. Container nesting follows CommonMark's block rules closely
 * enough to never count less than the parser will nest (a line that
 * continues nothing is kept as a lazy continuation), at the price of
 * sometimes counting one level more in unusual layouts.
 */
export function measureBody(body: string): BodyMeasure {
  const measure: BodyMeasure = {
    length: body.length,
    quoteDepth: 0,
    listDepth: 0,
    headings: 0,
    listItems: 0,
    lines: 0,
    ...measureInline(body),
  };
  const open: Container[] = [];
  let previousBlank = true;
  for (let start = 0; start <= body.length;) {
    const newline = body.indexOf("\n", start);
    const end = newline === -1 ? body.length : newline;
    const blank = skipSpaces(body, { pos: start, col: 0 }, end).pos === end;
    // `cursor` walks the line; `base` is the column where the innermost
    // container's text starts, from which up to three spaces may indent.
    let cursor: Cursor = { pos: start, col: 0 };
    let base = 0;

    let matched = 0;
    for (; matched < open.length; matched++) {
      const container = open[matched];
      if (container === undefined) break;
      if (container.quote) {
        const at = skipSpaces(body, cursor, end);
        if (at.col - base > 3 || body[at.pos] !== ">") break;
        ({ cursor, base } = afterQuoteMarker(body, at.pos, at.col));
      } else if (!blank) {
        const at = skipSpaces(body, cursor, end, base + container.indent);
        if (at.col < base + container.indent) break;
        cursor = at;
        base += container.indent;
      } else base += container.indent;
    }

    const opened: Container[] = [];
    // Under a paragraph this underlines a heading; under anything else a lone
    // `-` opens a list item: count both, to never count less than either.
    if (!previousBlank && isUnderline(body, cursor.pos, end)) measure.headings++;
    const rule = ruleStart(body, start, end);
    for (;;) {
      const at = skipSpaces(body, cursor, end);
      if (at.pos >= end || at.col - base > 3) break;
      if (body[at.pos] === ">") {
        opened.push({ quote: true });
        ({ cursor, base } = afterQuoteMarker(body, at.pos, at.col));
        continue;
      }
      if (at.pos >= rule.from) {
        measure.formattingMarks += rule.dashes;
        break;
      }
      const markerEnd = listMarkerEnd(body, at.pos, end);
      if (markerEnd === -1) break;
      const marker = { pos: markerEnd, col: at.col + markerEnd - at.pos };
      const gap = skipSpaces(body, marker, end);
      // Text more than four columns after the marker is indented code: the item starts after one.
      const wide = gap.pos === end || gap.col - marker.col > 4;
      const parentBase = base;
      base = wide ? marker.col + 1 : gap.col;
      cursor = wide ? marker : gap;
      opened.push({ quote: false, indent: base - parentBase });
    }
    if (isAtxHeading(body, cursor.pos, end)) measure.headings++;

    // An unmatched line with text after a line with text may be a lazy
    // continuation of a paragraph inside the containers, which stay open.
    const lazy = opened.length === 0 && !blank && !previousBlank;
    if (!lazy) open.length = matched;
    let quotes = 0;
    for (const container of open) if (container.quote) quotes++;
    let lists = open.length - quotes;
    for (const container of opened) {
      if (container.quote) quotes++;
      else {
        lists++;
        measure.listItems++;
      }
      if (open.length < TRACKED_DEPTH) open.push(container);
    }
    measure.quoteDepth = Math.max(measure.quoteDepth, quotes);
    measure.listDepth = Math.max(measure.listDepth, lists);

    measure.lines++;
    previousBlank = blank;
    start = end + 1;
  }
  return measure;
}
