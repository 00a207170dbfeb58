import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Files under app/ only wire a route to its data and components; logic that
// makes one grow goes to lib/ (server) or components/ (markup).
const MAX_LINES = 80;
const root = path.resolve(import.meta.dirname, "../..");

const codeFiles = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((file) => /\.(?:[cm]?[jt]sx?)$/.test(file))
  .map((file) => path.join("app", file).split(path.sep).join("/"));

const lineCount = (text: string) => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);

describe("app/ code files", () => {
  it("are found", () => {
    expect(codeFiles).toEqual(expect.arrayContaining(["app/[locale]/layout.tsx"]));
  });

  it(`stay within ${MAX_LINES} lines`, () => {
    const long = codeFiles
      .map((file) => ({ file, lines: lineCount(readFileSync(path.join(root, file), "utf8")) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
