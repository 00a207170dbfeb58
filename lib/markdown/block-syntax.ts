// CommonMark's block-level syntax, one line at a time, for measuring a body
// without parsing it. Positions index the body; columns count tab stops.

export interface Cursor {
  pos: number;
  col: number;
}

export const isSpace = (ch: string | undefined) => ch === " " || ch === "\t";
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";

/** Moves over spaces and tabs (a tab runs to the next multiple of four) until column `limit`. */
export function skipSpaces(body: string, from: Cursor, end: number, limit = Infinity): Cursor {
  let { pos, col } = from;
  while (pos < end && col < limit && isSpace(body[pos])) {
    col = body[pos] === "\t" ? col + 4 - (col % 4) : col + 1;
    pos++;
  }
  return { pos, col };
}

/** Where a list marker (`-`, `*`, `+`, `1.`, `1)`) starting at `pos` ends, or -1. */
export function listMarkerEnd(body: string, pos: number, end: number): number {
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
export function ruleStart(body: string, start: number, end: number): { from: number; dashes: number } {
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

/** A line of only `=` or only `-`: under a paragraph line it makes a setext heading. */
export function isUnderline(body: string, from: number, end: number): boolean {
  let at = skipSpaces(body, { pos: from, col: 0 }, end).pos;
  const mark = body[at];
  if (mark !== "=" && mark !== "-") return false;
  while (at < end && body[at] === mark) at++;
  while (at < end && isSpace(body[at])) at++;
  return at === end;
}

export function isAtxHeading(body: string, from: number, end: number): boolean {
  const start = skipSpaces(body, { pos: from, col: 0 }, end, 3).pos;
  let at = start;
  while (at < end && body[at] === "#" && at - start < 7) at++;
  return at > start && at - start <= 6 && (at === end || isSpace(body[at]));
}
