import type { Paragraph, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { recognizeEmbedUrl } from "@/lib/embeds/embed-url";

// An editor embeds a post or video by giving its URL as a paragraph of its
// own, as WordPress and Ghost do: bare (`https://youtu.be/…`) or in angle
// brackets (`<https://youtu.be/…>`). Only paragraphs at the top of the body
// count, so a URL inside a quote or a list stays a link.

/** The URL a paragraph consists of, or null when it holds anything else. */
export function paragraphUrl(paragraph: Paragraph): string | null {
  if (paragraph.children.length !== 1) return null;
  const [only] = paragraph.children;
  if (only?.type === "text") {
    const value = only.value.trim();
    return /^https?:\/\/\S+$/i.test(value) ? value : null;
  }
  if (only?.type === "link" && only.children.length === 1) {
    const [label] = only.children;
    return label?.type === "text" && label.value === only.url && /^https?:\/\//i.test(only.url)
      ? only.url
      : null;
  }
  return null;
}

/**
 * A remark plugin marking each top-level URL paragraph with its URL
 * (`data-embed-url` on the <p>), which the body's renderer turns into an
 * embed facade, or a plain link for a site that is not a provider.
 */
export function remarkEmbedParagraphs() {
  return (tree: Root) => {
    for (const block of tree.children) {
      if (block.type !== "paragraph") continue;
      const url = paragraphUrl(block);
      if (url) block.data = { ...block.data, hProperties: { dataEmbedUrl: url } };
    }
  };
}

/**
 * The first embed paragraph whose URL is a provider's but names no post or
 * video, refused on save so the editor can fix it. Call it on a body within
 * the Markdown limits only (lib/markdown/body-limits.ts): it parses.
 */
export function malformedEmbedUrl(markdown: string): string | null {
  if (!/https?:\/\//i.test(markdown)) return null;
  for (const block of fromMarkdown(markdown).children) {
    if (block.type !== "paragraph") continue;
    const url = paragraphUrl(block);
    const result = url ? recognizeEmbedUrl(url) : null;
    if (url && result && !result.ok) return url;
  }
  return null;
}
