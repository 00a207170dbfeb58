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
