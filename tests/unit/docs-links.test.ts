import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import GithubSlugger from "github-slugger";
import type { Heading, Link, Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";

// The README is the first screen a newcomer reads and docs/ holds the rest:
// a link that leads nowhere, or a document nobody links, is a dead end.

const root = process.cwd();
const docsDir = path.join(root, "docs");
const documents = ["README.md", ...readdirSync(docsDir).map((name) => path.join("docs", name))].filter(
  (file) => file.endsWith(".md"),
);

function parse(file: string): Root {
  return fromMarkdown(readFileSync(path.join(root, file), "utf8"));
}

function collect<T extends Nodes>(tree: Nodes, type: T["type"]): T[] {
  const found: T[] = [];
  const visit = (node: Nodes) => {
    if (node.type === type) found.push(node as T);
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

// GitHub's anchors: one slugger per document, so repeated headings get -1, -2.
const anchors = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const found =
    anchors.get(file) ??
    new Set(collect<Heading>(parse(file), "heading").map((heading) => slugger.slug(toString(heading))));
  anchors.set(file, found);
  return found;
}

const localLinks = documents.flatMap((file) =>
  collect<Link>(parse(file), "link")
    .map((link) => link.url)
    .filter((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url))
    .map((url) => {
      const [target = "", anchor] = url.split("#");
      return { file, url, target: target ? path.join(path.dirname(file), target) : file, anchor };
    }),
);

describe("README and docs/", () => {
  it("keep the README to one screen of at most 150 lines", () => {
    const lines = readFileSync(path.join(root, "README.md"), "utf8").trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(150);
  });

  it("link only to files that exist", () => {
    const broken = localLinks.filter((link) => !existsSync(path.join(root, link.target)));
    expect(broken.map((link) => `${link.file}: ${link.url}`)).toEqual([]);
  });

  it("link only to headings that exist", () => {
    const broken = localLinks.filter(
      (link) =>
        link.anchor !== undefined && link.target.endsWith(".md") && !anchorsOf(link.target).has(link.anchor),
    );
    expect(broken.map((link) => `${link.file}: ${link.url}`)).toEqual([]);
  });

  it("leave no document in docs/ unlinked from the README", () => {
    const linked = new Set(localLinks.filter((link) => link.file === "README.md").map((link) => link.target));
    expect(documents.filter((file) => file !== "README.md" && !linked.has(file))).toEqual([]);
  });
});
