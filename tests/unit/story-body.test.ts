import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StoryBody } from "@/components/story-body";
import { bodyLimitProblem } from "@/lib/markdown/body-limits";
import { hostileBodies as hostile } from "@/bench/support/hostile-markdown";

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

describe("story body rendering cannot be made to hang", () => {
  it("shows a body nested past the limits as plain text paragraphs, without throwing", () => {
    const html = render(`${">".repeat(99_990)} x\n\nSecond <b>paragraph</b>`);
    expect(html).not.toContain("<blockquote>");
    expect(html).toContain('<p class="preserve-lines">&gt;&gt;&gt;');
    expect(html).toContain("Second &lt;b&gt;paragraph&lt;/b&gt;</p>");
    expect(html.match(/<p /g)).toHaveLength(2);
  });

  // How long each takes is for `npm run bench:markdown`, not for a test: here,
  // every shape that broke the parser is kept away from it, and the worst
  // shapes within the limits go through it without throwing.
  it.each(Object.entries(hostile))(
    "%s: refused by the limits, or rendered by the parser without throwing",
    (name, body) => {
      const problem = bodyLimitProblem(body);
      if (name.startsWith("limit:")) {
        expect(problem).toBeNull();
        expect(() => render(body)).not.toThrow();
      } else {
        expect(problem).not.toBeNull();
        expect(render(body)).not.toMatch(/<(?:blockquote|ul|ol|li|em|strong|h2|h3|a|code)[ >]/);
      }
    },
  );
});
