import type { Image, Paragraph, PhrasingContent, Root, RootContent } from "mdast";

// A picture in a story body is a line of its own holding only
// `![alt](/media/<upload id> "caption")`: uploads only, so a body can never
// make a reader's browser fetch from another site, and every picture has
// variants, dimensions and a credit the site knows.

export const BODY_IMAGE_TEXT_MAX = 300;

const UPLOAD_URL = /^\/media\/([0-9a-f]{64})$/;
const IMAGE_LINE = new RegExp(
  `^!\\[([^\\]\\n]{0,${BODY_IMAGE_TEXT_MAX}})\\]\\(/media/([0-9a-f]{64})(?: "([^"\\n]{0,${BODY_IMAGE_TEXT_MAX}})")?\\)$`,
);
// Anything that starts image syntax: checked against IMAGE_LINE.
const IMAGE_OPENING = /!\[[^\]\n]*\]\(/;

export interface BodyImageLine {
  alt: string;
  mediaId: string;
  caption: string;
}

/** The picture a whole (trimmed) line is, or null. */
export function bodyImageLine(line: string): BodyImageLine | null {
  const match = IMAGE_LINE.exec(line.trim());
  return match ? { alt: match[1]!, mediaId: match[2]!, caption: match[3] ?? "" } : null;
}

/**
 * "imageSource" when a line holds image syntax that is not a whole upload
 * picture line (another site's address, a picture inside a sentence): the
 * save is refused, so the body never says one thing and shows another.
 */
export function bodyImageProblem(body: string): "imageSource" | null {
  if (!body.includes("![")) return null;
  for (const line of body.split("\n")) {
    if (IMAGE_OPENING.test(line) && !bodyImageLine(line)) return "imageSource";
  }
  return null;
}

/** The upload ids a body's picture lines name, each once. */
export function bodyImageIds(body: string): string[] {
  if (!body.includes("![")) return [];
  const ids = body.split("\n").flatMap((line) => bodyImageLine(line)?.mediaId ?? []);
  return [...new Set(ids)];
}

function onlyUploadImage(paragraph: Paragraph): Image | null {
  if (paragraph.children.length !== 1) return null;
  const [only] = paragraph.children;
  return only?.type === "image" && UPLOAD_URL.test(only.url) ? only : null;
}

// A picture the body may not show (one saved before the rule, or inside a
// sentence) reads as its words: its alt text, never a request elsewhere.
function imagesAsText(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.map((node) => {
    if (node.type === "image") return { type: "text", value: node.alt ?? "" };
    if ("children" in node && Array.isArray(node.children)) {
      return { ...node, children: imagesAsText(node.children as PhrasingContent[]) } as PhrasingContent;
    }
    return node;
  });
}

function visit(blocks: RootContent[], top: boolean): void {
  for (const block of blocks) {
    if (block.type === "paragraph") {
      const image = top ? onlyUploadImage(block) : null;
      if (image) {
        block.data = {
          ...block.data,
          hName: "figure",
          hProperties: {
            dataMedia: UPLOAD_URL.exec(image.url)![1]!,
            dataAlt: image.alt ?? "",
            dataCaption: image.title ?? "",
          },
        };
      } else block.children = imagesAsText(block.children);
    } else if (block.type === "heading") block.children = imagesAsText(block.children);
    else if ("children" in block && Array.isArray(block.children))
      visit(block.children as RootContent[], false);
  }
}

/** A remark plugin: a top-level upload picture paragraph becomes a <figure data-media>. */
export function remarkBodyImages() {
  return (tree: Root) => visit(tree.children, true);
}
