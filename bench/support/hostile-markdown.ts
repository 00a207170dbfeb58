// Story bodies of 50,000 characters shaped to make a Markdown parser work
// hard, shared by the rendering tests and `npm run bench:markdown`.
export const LENGTH = 50_000;
const fill = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
export const prose = (head: string) => `${head}\n\n${fill("word and ")}`.slice(0, LENGTH);

// Each of these broke the parser (stack overflow) or took seconds before the limits.
export const hostileBodies: Record<string, string> = {
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
