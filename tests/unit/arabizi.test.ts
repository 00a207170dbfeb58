import { describe, expect, it } from "vitest";
import { MAX_CANDIDATES, arabiziWords, isArabiziWord } from "@/lib/search/arabizi";

const spellings = (query: string, position = 0) =>
  arabiziWords(query)?.[position]?.candidates.map((candidate) => candidate.arabic) ?? [];

describe("Arabizi mapping", () => {
  it("reads the digits Lebanese use for Arabic letters", () => {
    expect(spellings("3akkar")).toContain("عكار");
    expect(spellings("el 7okume")).toContain("حكومه");
    expect(spellings("fa5oury")).toContain("فاخوري");
    expect(spellings("2anoun")).toContain("قانون");
    expect(spellings("mo2tamar")).toContain("موتمر");
  });

  it("reads digraphs, French spellings and vowels written or left out", () => {
    expect(spellings("fakhoury")).toContain("فاخوري");
    expect(spellings("el chouf", 0)).toContain("شوف");
    expect(spellings("lebnen")).toContain("لبنان");
    expect(spellings("sherke")).toContain("شركه");
    expect(spellings("7ara2e2")).toContain("حرايق");
  });

  it("takes the article and the conjunction typed apart or with a hyphen", () => {
    expect(arabiziWords("w el kahraba")?.map((word) => word.prefix)).toEqual(["وال"]);
    expect(arabiziWords("l-kahraba")?.[0]?.prefix).toBe("ال");
    expect(arabiziWords("bel zaytoun")?.[0]?.prefix).toBe("بال");
  });

  it("keeps Arabic words and numbers of a mixed query as they are", () => {
    const words = arabiziWords("مهرجان beyrouth 2026");
    expect(words?.map((word) => word.prefix)).toEqual(["مهرجان", "", "2026"]);
    expect(words?.[1]?.candidates.length).toBeGreaterThan(0);
  });

  it("bounds the candidates of a long word", () => {
    expect(spellings("el 3a2elet el naz7a").length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(spellings("mostasmirinwalmohandesinwal7ara2e2").length).toBeLessThanOrEqual(MAX_CANDIDATES);
  });

  it("answers null for a query with no Latin word", () => {
    expect(arabiziWords("الكهرباء")).toBeNull();
    expect(arabiziWords("2028")).toBeNull();
    expect(isArabiziWord("covid-19")).toBe(false);
    expect(isArabiziWord("ta2a")).toBe(true);
  });
});
