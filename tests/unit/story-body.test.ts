import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StoryBody } from "@/components/story-body";

const render = (markdown: string) => renderToStaticMarkup(createElement(StoryBody, { markdown }));

describe("story body rendering (reader pages and the editor's live preview)", () => {
  it("renders what a wire story needs", () => {
    const html = render("Para with [link](https://example.com).\n\n## Sub\n\n> Quote\n\n- one\n- two");
    expect(html).toContain("<h2>Sub</h2>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">link</a>');
    expect(html).toContain("<li>one</li>");
  });

  it("never lets typed HTML, script or dangerous links through", () => {
    const html = render(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1))\n\n<iframe src="https://evil"></iframe>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|onerror|javascript:/i);
  });

  it("unwraps elements outside the allowed list to their text", () => {
    const html = render("![a picture](https://example.com/x.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).not.toContain("<img");
  });
});
