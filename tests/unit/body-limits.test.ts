import { describe, expect, it } from "vitest";
import { BODY_LIMITS, bodyLimitProblem } from "@/lib/markdown/body-limits";
import { measureBody } from "@/lib/markdown/measure-body";

const story = [
  "The minister said on Tuesday that the port would reopen [within weeks](https://example.com/port_reopening).",
  "## What changes",
  "> We have waited long enough.\n> - for the cranes\n> - for the ships",
  "- one\n- two\n  - two and a half\n\n1. first\n2. second",
  "* * *",
  "A *small* and **bold** finish, see <https://example.org>.",
].join("\n\n");

describe("measuring a story body", () => {
  it("measures an ordinary story and lets it through", () => {
    expect(measureBody(story)).toMatchObject({
      quoteDepth: 1,
      listDepth: 2,
      links: 2,
      headings: 1,
      listItems: 7,
    });
    expect(bodyLimitProblem(story)).toBeNull();
  });

  // Depths this deep overflow the stack of any recursive count. How fast
  // hostile bodies go is a benchmark's question (npm run bench:markdown).
  it("counts 100,000 nested quote marks without recursion", () => {
    expect(measureBody(">".repeat(100_000) + " x").quoteDepth).toBe(100_000);
  });

  it("counts 100,000 characters of nested list items without recursion", () => {
    expect(measureBody("- ".repeat(50_000) + "x").listDepth).toBe(50_000);
  });

  it("follows lists nested by indentation, and quotes inside lists", () => {
    const indented = Array.from({ length: 6 }, (_, level) => `${"  ".repeat(level)}- level ${level}`).join(
      "\n",
    );
    expect(measureBody(indented).listDepth).toBe(6);
    expect(measureBody("- > - > text")).toMatchObject({ quoteDepth: 2, listDepth: 2 });
    // A lazy line keeps the list open, so the indented item after it nests three deep.
    expect(measureBody("- a\n  - b\nlazy\n    - c").listDepth).toBe(3);
  });

  it("does not mistake rules for nested lists", () => {
    expect(measureBody("text\n\n* * *\n\n- - -\n\nmore").listDepth).toBe(0);
  });

  it("counts inline links, autolinks and definitions, not underscores inside words", () => {
    const body = "[a](https://x.org/a_b) and <https://y.org> and [c][d]\n\n[d]: https://z.org";
    expect(measureBody(body)).toMatchObject({ links: 3, formattingMarks: 9 });
  });

  it("counts setext underlines and ATX headings", () => {
    expect(measureBody("Title\n=====\n\nSub\n---\n\n## Third\n\n---").headings).toBe(3);
  });
});

describe("body limits", () => {
  const cases: [string, string, (typeof BODY_LIMITS)[keyof typeof BODY_LIMITS]][] = [
    ["tooLong", "a".repeat(BODY_LIMITS.length + 1), BODY_LIMITS.length],
    ["bodyTooDeep", "> > > > deep", BODY_LIMITS.depth],
    ["bodyTooDeep", "- - - - deep", BODY_LIMITS.depth],
    ["tooManyLinks", "[a](b) ".repeat(BODY_LIMITS.links + 1), BODY_LIMITS.links],
    ["tooMuchFormatting", "*".repeat(BODY_LIMITS.formattingMarks + 1) + "x", BODY_LIMITS.formattingMarks],
    ["tooManyHeadings", "## h\n".repeat(BODY_LIMITS.headings + 1), BODY_LIMITS.headings],
    ["tooManyListItems", "- item\n".repeat(BODY_LIMITS.listItems + 1), BODY_LIMITS.listItems],
    ["tooManyLines", "line\n".repeat(BODY_LIMITS.lines), BODY_LIMITS.lines],
  ];
  it.each(cases)("refuses with %s and names the limit", (code, body, max) => {
    expect(bodyLimitProblem(body)).toEqual({ code, max });
  });

  it("accepts a body exactly at each limit", () => {
    expect(bodyLimitProblem("> > > - - - deep")).toBeNull();
    expect(bodyLimitProblem("[a](b) ".repeat(BODY_LIMITS.links))).toBeNull();
    expect(bodyLimitProblem("- item\n".repeat(BODY_LIMITS.listItems))).toBeNull();
    expect(bodyLimitProblem("a".repeat(BODY_LIMITS.length))).toBeNull();
  });
});
