import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles, importGraph, sourceFiles } from "@/tests/support/import-graph";

const files = sourceFiles(["app", "components", "lib", "i18n", "scripts", "proxy.ts"]);
const graph = importGraph(files);

describe("the import graph", () => {
  it("reads every source file and resolves the @/ imports", () => {
    expect(files.length).toBeGreaterThan(300);
    expect([...graph.values()].flat().length).toBeGreaterThan(1_000);
  });

  it("has no cycle, type-only imports included", () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it("has lib/ import nothing from components/", () => {
    const inProject = (file: string) => path.relative(process.cwd(), file);
    const fromLib = [...graph].flatMap(([file, targets]) =>
      inProject(file).startsWith("lib/")
        ? targets
            .filter((target) => inProject(target).startsWith("components/"))
            .map((t) => `${inProject(file)} -> ${inProject(t)}`)
        : [],
    );
    expect(fromLib).toEqual([]);
  });
});
