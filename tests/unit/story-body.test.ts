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

// CPU time of this process, so that other work on a shared machine does not count.
function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const LENGTH = 50_000;
const fill = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
const prose = (head: string) => `${head}\n\n${fill("word and ")}`.slice(0, LENGTH);

describe("story body rendering cannot be made to hang", () => {
  it("shows a body nested past the limits as plain text paragraphs, without throwing", () => {
    const html = render(`${">".repeat(99_990)} x\n\nSecond <b>paragraph</b>`);
    expect(html).not.toContain("<blockquote>");
    expect(html).toContain('<p class="preserve-lines">&gt;&gt;&gt;');
    expect(html).toContain("Second &lt;b&gt;paragraph&lt;/b&gt;</p>");
    expect(html.match(/<p /g)).toHaveLength(2);
  });

  // Each of these broke the parser (stack overflow) or took seconds before the limits.
  const hostile: Record<string, string> = {
    "nested quotes": fill(">"),
    "nested lists": fill("- ").slice(1) + "x",
    "a rule of spaced dashes": fill("- "),
    "nested ordered lists": fill("1. "),
    "quotes in lists": fill("> - "),
    "emphasis runs": fill("*_"),
    "emphasis words": fill("*a"),
    "setext headings": fill("a\n=\n"),
    "list items": fill("- x\n"),
    "open brackets": fill("["),
    "unclosed links": fill("[a]("),
    backticks: fill("`a"),
    "angle brackets": fill("<a"),
    backslashes: fill("\\"),
    "symmetric emphasis": "*_".repeat(12_000) + "x" + "_*".repeat(12_000),
    "indented nesting": Array.from({ length: 200 }, (_, level) => `${"  ".repeat(level)}- a`).join("\n"),
    // The worst shapes that stay within every limit still go through the parser.
    "limit: emphasis marks": prose("*_".repeat(500)),
    "limit: nested emphasis": prose("*_".repeat(125) + "x" + "_*".repeat(125)),
    "limit: setext headings": prose("a\n=\n".repeat(100)),
    "limit: list items": prose("> > > - - - item\n".repeat(166)),
    "limit: lines": "word and word and\n".repeat(999),
  };
  it.each(Object.entries(hostile))("renders 50,000 characters of %s well within 200 ms", (_, body) => {
    render(body);
    expect(
      Math.min(
        cpuMs(() => render(body)),
        cpuMs(() => render(body)),
      ),
    ).toBeLessThan(200);
  });
});
