import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitByWeight } from "@/scripts/e2e/split-by-weight";

describe("splitting e2e specs over parallel runs", () => {
  it("balances the groups' total weight and keeps every item once, in order", () => {
    const items = ["a", "b", "c", "d", "e"];
    const groups = splitByWeight(items, { a: 10, b: 6, c: 5, d: 4, e: 1 }, 2);
    expect(groups.flat().sort()).toEqual(items);
    const totals = groups.map((group) =>
      group.reduce((sum, item) => sum + { a: 10, b: 6, c: 5, d: 4, e: 1 }[item]!, 0),
    );
    // Heaviest first to the lightest group: a+d and b+c+e.
    expect(totals.sort()).toEqual([12, 14]);
    for (const group of groups) expect(group).toEqual(items.filter((item) => group.includes(item)));
  });

  it("counts an unmeasured item as an average one", () => {
    const groups = splitByWeight(["big", "new", "small"], { big: 9, small: 1 }, 2);
    expect(groups).toContainEqual(["big"]);
    expect(groups).toContainEqual(["new", "small"]);
  });

  it("has a measured time for no spec that no longer exists", () => {
    const measured = JSON.parse(
      readFileSync(path.resolve("scripts/e2e/spec-seconds.json"), "utf8"),
    ) as Record<string, number>;
    const specs = new Set(readdirSync(path.resolve("tests/e2e")));
    expect(Object.keys(measured).filter((name) => !specs.has(name))).toEqual([]);
  });
});
