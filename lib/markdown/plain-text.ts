import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";

/**
 * A bounded-Markdown text as plain words (structured data, share text):
 * blocks joined by blank lines, marks and link targets dropped. Parsed by
 * the same CommonMark parser the page renders with, so nothing a writer
 * types survives as syntax.
 */
export function markdownToPlainText(markdown: string): string {
  const tree = fromMarkdown(markdown);
  return tree.children
    .map((block: Nodes) => toString(block, { includeImageAlt: false }).trim())
    .filter(Boolean)
    .join("\n\n");
}

/** Plain text on one line, cut at a word boundary with an ellipsis when longer than `max` (titles, descriptions). */
export function excerpt(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
