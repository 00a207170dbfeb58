import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { measureBody } from "@/lib/markdown/measure-body";

/**
 * Deepest nesting of quotes and of lists in the parser's own tree: the tree
 * react-markdown (remark-parse, no plugins) builds before it renders, without
 * paying for the rendering.
 */
interface TreeNode {
  type: string;
  children?: TreeNode[];
}

function parsedDepths(markdown: string): { quoteDepth: number; listDepth: number } {
  const deepest = { quoteDepth: 0, listDepth: 0 };
  const visit = (node: TreeNode, quote: number, list: number) => {
    const quoteDepth = quote + (node.type === "blockquote" ? 1 : 0);
    const listDepth = list + (node.type === "list" ? 1 : 0);
    deepest.quoteDepth = Math.max(deepest.quoteDepth, quoteDepth);
    deepest.listDepth = Math.max(deepest.listDepth, listDepth);
    for (const child of node.children ?? []) visit(child, quoteDepth, listDepth);
  };
  visit(fromMarkdown(markdown), 0, 0);
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
