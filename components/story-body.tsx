import Markdown, { type Components } from "react-markdown";

// The body is Markdown restricted to what a wire story needs. Raw HTML is
// dropped (skipHtml) and anything outside this list is unwrapped to text,
// so nothing a writer types can become markup or script.
const ALLOWED = ["p", "h2", "h3", "blockquote", "ul", "ol", "li", "a", "em", "strong", "br"];

const components: Components = {
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

export function StoryBody({ markdown }: { markdown: string }) {
  return (
    <div className="story-body">
      <Markdown skipHtml allowedElements={[...ALLOWED, "h1", "h4"]} unwrapDisallowed components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
