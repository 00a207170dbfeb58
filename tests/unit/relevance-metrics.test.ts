import { describe, expect, it } from "vitest";
import { meanScores, scoreQuery } from "@/bench/support/relevance-metrics";

describe("relevance metrics", () => {
  it("scores a perfect ranking 1 on every figure", () => {
    expect(scoreQuery(["a", "b", "x"], ["a", "b"])).toEqual({ recall: 1, reciprocalRank: 1, ndcg: 1 });
  });

  it("scores an empty answer 0 on every figure", () => {
    expect(scoreQuery([], ["a"])).toEqual({ recall: 0, reciprocalRank: 0, ndcg: 0 });
  });

  it("counts the first relevant story's position and discounts later ones", () => {
    const scores = scoreQuery(["x", "a"], ["a"]);
    expect(scores.recall).toBe(1);
    expect(scores.reciprocalRank).toBe(0.5);
    expect(scores.ndcg).toBeCloseTo(1 / Math.log2(3));
  });

  it("ignores relevant stories past the tenth result for recall", () => {
    const ranked = [...Array.from({ length: 10 }, (_, i) => `x${i}`), "a"];
    expect(scoreQuery(ranked, ["a"]).recall).toBe(0);
    expect(scoreQuery(ranked, ["a"]).reciprocalRank).toBeCloseTo(1 / 11);
  });

  it("averages every query once", () => {
    const mean = meanScores([scoreQuery(["a"], ["a"]), scoreQuery([], ["a"])]);
    expect(mean).toEqual({ queries: 2, recall: 0.5, reciprocalRank: 0.5, ndcg: 0.5 });
  });
});
