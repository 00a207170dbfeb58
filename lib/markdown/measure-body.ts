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

type Container = { quote: true } | { quote: false; indent: number };

// Containers are tracked up to this depth only, so that one line costs its
// length plus a constant however deep a hostile body nests. Levels opened
// past it on one line are still counted; levels that nest by indentation
// alone stop being followed there, far past any limit.
const TRACKED_DEPTH = 16;

const isSpace = (ch: string | undefined) => ch === " " || ch === "\t";
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";

/** Skips up to `max` spaces; tabs count as four, as CommonMark's tab stops do (near enough). */
function skipIndent(body: string, from: number, end: number, max: number): { pos: number; columns: number } {
  let pos = from;
  let columns = 0;
  while (pos < end && isSpace(body[pos]) && columns < max) {
    columns += body[pos] === "\t" ? 4 : 1;
    pos++;
  }
  return { pos, columns };
}

/** Where a list marker (`-`, `*`, `+`, `1.`, `1)`) starting at `pos` ends, or -1. */
function listMarkerEnd(body: string, pos: number, end: number): number {
  let after = pos + 1;
  if (isDigit(body[pos])) {
    while (after < end && after - pos < 9 && isDigit(body[after])) after++;
    if (body[after] !== "." && body[after] !== ")") return -1;
    after++;
  } else if (body[pos] !== "-" && body[pos] !== "*" && body[pos] !== "+") return -1;
  return after === end || isSpace(body[after]) ? after : -1;
}

/**
 * Where the rest of the line is a rule (`* * *`, `---`), or `end + 1`, and
 * how many dashes it holds: the parser tries each spaced dash as a list
 * marker first, so a long `- - - -` rule costs like that many list items.
 */
function ruleStart(body: string, start: number, end: number): { from: number; dashes: number } {
  let last = end - 1;
  while (last >= start && isSpace(body[last])) last--;
  const mark = body[last];
  if (mark !== "-" && mark !== "*" && mark !== "_") return { from: end + 1, dashes: 0 };
  let count = 0;
  let from = end + 1;
  for (let pos = last; pos >= start && (body[pos] === mark || isSpace(body[pos])); pos--) {
    if (body[pos] === mark && ++count >= 3) from = pos;
  }
  return { from, dashes: mark === "-" && from <= end ? count : 0 };
}

function isUnderline(body: string, from: number, end: number): boolean {
  const { pos } = skipIndent(body, from, end, 3);
  const mark = body[pos];
  if (mark !== "=" && mark !== "-") return false;
  let at = pos;
  while (at < end && body[at] === mark) at++;
  while (at < end && isSpace(body[at])) at++;
  return at === end;
}

function isAtxHeading(body: string, from: number, end: number): boolean {
  const { pos } = skipIndent(body, from, end, 3);
  let at = pos;
  while (at < end && body[at] === "#" && at - pos < 7) at++;
  return at > pos && at - pos <= 6 && (at === end || isSpace(body[at]));
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
    let pos = start;
    while (pos < end && isSpace(body[pos])) pos++;
    const blank = pos === end;
    pos = start;

    let matched = 0;
    for (; matched < open.length; matched++) {
      const container = open[matched];
      if (container === undefined) break;
      if (container.quote) {
        const indent = skipIndent(body, pos, end, 3);
        if (body[indent.pos] !== ">") break;
        pos = indent.pos + (isSpace(body[indent.pos + 1]) ? 2 : 1);
      } else if (!blank) {
        const indent = skipIndent(body, pos, end, container.indent);
        if (indent.columns < container.indent) break;
        pos = indent.pos;
      }
    }

    const opened: Container[] = [];
    if (!previousBlank && isUnderline(body, pos, end)) measure.headings++;
    else {
      const rule = ruleStart(body, start, end);
      for (;;) {
        const indent = skipIndent(body, pos, end, 3);
        if (indent.pos >= end) break;
        if (body[indent.pos] === ">") {
          opened.push({ quote: true });
          pos = indent.pos + (isSpace(body[indent.pos + 1]) ? 2 : 1);
          continue;
        }
        if (indent.pos >= rule.from) {
          measure.formattingMarks += rule.dashes;
          break;
        }
        const markerEnd = listMarkerEnd(body, indent.pos, end);
        if (markerEnd === -1) break;
        const gap = skipIndent(body, markerEnd, end, 5);
        // Five spaces after a marker start indented code: the item's text starts after one.
        const spaces = gap.pos === end || gap.columns > 4 ? 1 : gap.columns;
        opened.push({ quote: false, indent: indent.columns + (markerEnd - indent.pos) + spaces });
        pos = gap.pos === end || gap.columns > 4 ? Math.min(markerEnd + 1, end) : gap.pos;
      }
      if (isAtxHeading(body, pos, end)) measure.headings++;
    }

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
