import Markdown, { type Components } from "react-markdown";
import { bodyLimitProblem } from "@/lib/markdown/body-limits";
import { StoryBodyPlain } from "@/components/story-body-plain";
import { EmbedParagraph } from "@/components/embeds/embed-paragraph";
import { remarkEmbedParagraphs } from "@/lib/embeds/embed-paragraphs";
import { remarkBodyImages } from "@/lib/markdown/body-images";
import type { StoryPicture } from "@/lib/stories/story-types";
import { BodyFigure } from "@/components/body-figure";
import type { PictureWords } from "@/components/picture-caption";

// The body is Markdown restricted to what a wire story needs. Raw HTML is
// dropped (skipHtml) and anything outside this list is unwrapped to text,
// so nothing a writer types can become markup or script.
const ALLOWED = ["p", "h2", "h3", "blockquote", "ul", "ol", "li", "a", "em", "strong", "br"];

const components: Components = {
  // A paragraph that is only a provider's URL becomes an embed (docs/newsroom.md#embeds).
  p: ({ node, children }) => <EmbedParagraph node={node}>{children}</EmbedParagraph>,
  // Story headings start at h2 under the headline's h1; deeper levels fold to h3.
  h1: ({ children }) => <h2>{children}</h2>,
  h4: ({ children }) => <h3>{children}</h3>,
  a: ({ href, children }) => {
    const external = href?.startsWith("http");
    return (
      <a href={href} rel={external ? "noopener noreferrer" : undefined}>
        {children}
      </a>
    );
  },
};

// The editor's preview: each block takes the direction of its own text, so a
// paragraph still holding the English source reads left to right on an
// Arabic page. Reader pages keep the story's direction, so an Arabic paragraph
// opening with a Latin name (NATO, UNESCO) is not turned around.
const autoDirectionComponents: Components = {
  ...components,
  p: ({ node, children }) => (
    <EmbedParagraph node={node} dir="auto" preview>
      {children}
    </EmbedParagraph>
  ),
  h1: ({ children }) => <h2 dir="auto">{children}</h2>,
  h2: ({ children }) => <h2 dir="auto">{children}</h2>,
  h3: ({ children }) => <h3 dir="auto">{children}</h3>,
  h4: ({ children }) => <h3 dir="auto">{children}</h3>,
  li: ({ children }) => <li dir="auto">{children}</li>,
};

const REMARK_PLUGINS = [remarkEmbedParagraphs, remarkBodyImages];

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** The body's picture lines, each with its upload's dimensions and credit. */
function withFigures(
  base: Components,
  pictures: readonly StoryPicture[],
  words: PictureWords | undefined,
): Components {
  const byId = new Map(pictures.map((picture) => [picture.mediaId, picture]));
  return {
    ...base,
    figure: ({ node }) => {
      const id = text(node?.properties.dataMedia);
      return (
        <BodyFigure
          mediaId={id}
          alt={text(node?.properties.dataAlt)}
          caption={text(node?.properties.dataCaption)}
          picture={words ? byId.get(id) : undefined}
          words={words}
        />
      );
    },
  };
}

/**
 * A body past the Markdown limits (one saved before they existed, or one
 * being typed in the editor's preview) is shown as plain text: the parser
 * recurses per nesting level and slows down on some shapes, and a reader
 * page or a keystroke must never wait on that.
 */
export function StoryBody({
  markdown,
  autoDirection = false,
  pictures = [],
  pictureWords,
}: {
  markdown: string;
  autoDirection?: boolean;
  /** The uploads the body's picture lines name; a line naming another shows its words only. */
  pictures?: readonly StoryPicture[];
  /** For the pictures' captions: without them (the editor's preview) a picture line shows its words. */
  pictureWords?: PictureWords;
}) {
  if (bodyLimitProblem(markdown)) {
    return (
      <div className="story-body">
        <StoryBodyPlain text={markdown} dir={autoDirection ? "auto" : undefined} />
      </div>
    );
  }
  return (
    <div className="story-body">
      <Markdown
        skipHtml
        allowedElements={[...ALLOWED, "h1", "h4", "figure"]}
        unwrapDisallowed
        remarkPlugins={REMARK_PLUGINS}
        components={withFigures(autoDirection ? autoDirectionComponents : components, pictures, pictureWords)}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
