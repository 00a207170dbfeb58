// Where a memory suggestion goes in the translation's body. Pure, shared by
// the editor and its unit tests.

// The Markdown that makes a block a subheading, quote or list item.
const BLOCK_MARKERS = /^(?:#{1,6}[ \t]+|(?:[ \t]*>[ \t]?)+|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)/;

/** A block's leading Markdown markers ("## ", "> ", "- "), or "". */
export function blockMarkers(raw: string): string {
  return BLOCK_MARKERS.exec(raw)?.[0] ?? "";
}

export interface Inserted {
  body: string;
  /** Where the inserted text ends, for the caret. */
  caret: number;
}

/**
 * Puts a translation in the body. A new translation starts as a copy of
 * the source, so when the body still holds the source passage verbatim the
 * suggestion replaces it (a block keeps its markers); otherwise it goes in
 * at the caret, as a block of its own when it translates a block.
 */
export function insertSuggestion(
  body: string,
  suggestion: { sourcePassage: string; text: string; block: boolean },
  caret: number,
): Inserted {
  const markers = suggestion.block ? blockMarkers(suggestion.sourcePassage) : "";
  const replacement = markers + suggestion.text;
  const at = suggestion.sourcePassage === "" ? -1 : body.indexOf(suggestion.sourcePassage);
  if (at !== -1) {
    return {
      body: body.slice(0, at) + replacement + body.slice(at + suggestion.sourcePassage.length),
      caret: at + replacement.length,
    };
  }
  const position = Math.max(0, Math.min(caret, body.length));
  if (!suggestion.block) {
    const before = body.slice(0, position);
    const after = body.slice(position);
    const lead = before === "" || /\s$/.test(before) ? "" : " ";
    const trail = after === "" || /^\s/.test(after) ? "" : " ";
    return {
      body: before + lead + replacement + trail + after,
      caret: position + lead.length + replacement.length,
    };
  }
  const before = body.slice(0, position).replace(/\s+$/, "");
  const after = body.slice(position).replace(/^\s+/, "");
  const head = before === "" ? "" : `${before}\n\n`;
  return {
    body: head + replacement + (after === "" ? "" : `\n\n${after}`),
    caret: head.length + replacement.length,
  };
}

/** The index of the block (paragraphs split by blank lines) the caret is in, and its bounds. */
export function blockAtCaret(body: string, caret: number): { index: number; start: number; end: number } {
  const separator = /\n[ \t]*\n\s*/g;
  let index = 0;
  let start = 0;
  for (let match = separator.exec(body); match; match = separator.exec(body)) {
    if (caret <= match.index) return { index, start, end: match.index };
    index++;
    start = match.index + match[0].length;
  }
  return { index, start, end: body.length };
}

/** Replaces the block the caret is in with a translation, keeping that block's markers. */
export function replaceBlockAtCaret(body: string, caret: number, text: string): Inserted {
  const { start, end } = blockAtCaret(body, caret);
  const replacement = blockMarkers(body.slice(start, end)) + text;
  return { body: body.slice(0, start) + replacement + body.slice(end), caret: start + replacement.length };
}
