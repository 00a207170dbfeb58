import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Markdown from "react-markdown";
import { describe, expect, it } from "vitest";
import { measureBody } from "@/lib/markdown/measure-body";

/** Deepest nesting of quotes and of lists in the parser's own output. */
function parsedDepths(markdown: string): { quoteDepth: number; listDepth: number } {
  const html = renderToStaticMarkup(createElement(Markdown, null, markdown));
  const depth = { quote: 0, list: 0 };
  const deepest = { quoteDepth: 0, listDepth: 0 };
  for (const [, closing, name] of html.matchAll(/<(\/?)(blockquote|ul|ol)>/g)) {
    const key = name === "blockquote" ? "quote" : "list";
    depth[key] += closing ? -1 : 1;
    deepest.quoteDepth = Math.max(deepest.quoteDepth, depth.quote);
    deepest.listDepth = Math.max(deepest.listDepth, depth.list);
  }
  return deepest;
}

// A small seeded generator (mulberry32), so that a failure can be replayed.
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "> ",
  ">",
  "- ",
  "* ",
  "+ ",
  "1. ",
  "2) ",
  "  ",
  "   ",
  "    ",
  "\t",
  "a",
  "text ",
  "\n",
  "\n\n",
  "---",
  "=",
  "-",
  "# ",
  "`",
  "```\n",
];

describe("measuring agrees with the parser", () => {
  it("never counts less quote or list nesting than the parser builds, over 3,000 generated bodies", () => {
    const next = random(Number(process.env.SEED ?? 20261126));
    for (let run = 0; run < Number(process.env.RUNS ?? 3_000); run++) {
      const pieces = Array.from(
        { length: 4 + Math.floor(next() * 30) },
        () => PIECES[Math.floor(next() * PIECES.length)],
      );
      const body = pieces.join("");
      const parsed = parsedDepths(body);
      const measured = measureBody(body);
      if (measured.quoteDepth < parsed.quoteDepth || measured.listDepth < parsed.listDepth) {
        expect({ body, ...measured }).toMatchObject({ body, ...parsed });
      }
    }
  });
});
