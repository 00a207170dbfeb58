import { describe, expect, it } from "vitest";
import {
  arabicLightStem,
  arabicStemAlternates,
  arabicWordStems,
  isArabicStopWord,
} from "@/lib/search/arabic-light-stem";
import { arabicSearchForm } from "@/lib/search/arabic-light-stem";

const stems = (word: string) => arabicWordStems(arabicSearchForm(word));
const meet = (a: string, b: string) => stems(a).some((stem) => stems(b).includes(stem));

describe("the Arabic light stemmer", () => {
  it("strips the article with or without a fused conjunction or preposition", () => {
    for (const word of ["الكهرباء", "والكهرباء", "بالكهرباء", "للكهرباء", "فالكهرباء", "كالكهرباء"]) {
      expect(arabicLightStem(word), word).toBe("كهرباء");
    }
  });

  it("gives a word with and without the article the same stem (the issue's examples)", () => {
    expect(arabicLightStem("الزيتون")).toBe(arabicLightStem("زيتون"));
    expect(arabicLightStem("الوزير")).toBe(arabicLightStem("وزير"));
    expect(arabicLightStem("اللبنانية")).toBe(arabicLightStem("لبنان"));
    expect(arabicLightStem("اللبنانيه")).toBe(arabicLightStem("اللبنانية"));
  });

  it("strips suffixes only when two letters remain, and keeps short words whole", () => {
    expect(arabicLightStem("المدارس")).toBe("مدارس");
    expect(arabicLightStem("مهندسات")).toBe("مهندس");
    expect(arabicLightStem("مهندسون مهندسين")).toBe("مهندس مهندس");
    expect(arabicLightStem("حب")).toBe("حب");
    expect(arabicLightStem("به")).toBe("به");
  });

  it("drops the accusative tanween with its alef, not a bare final alef", () => {
    expect(arabicLightStem("دولارًا")).toBe("دولار");
    expect(arabicLightStem("حليًّا")).toBe(arabicLightStem("حلي"));
    expect(arabicLightStem("سوريا")).toBe("سوريا");
  });

  it("leaves Latin words and digits as they are, and folds spelling variants first", () => {
    expect(arabicLightStem("NATO ٢٠٢٦ مؤتمرٌ")).toBe("NATO 2026 موتمر");
  });

  it("offers words beginning with و ف ب ل ك without them as alternates, keeping the word itself", () => {
    expect(arabicStemAlternates("لفاخوري")).toBe(arabicLightStem("فاخوري"));
    expect(stems("بيروت")).toEqual(["بيروت", "يروت"]);
    expect(meet("لبيروت", "بيروت")).toBe(true);
    expect(meet("وزيتون", "الزيتون")).toBe(true);
    expect(meet("ولبنان", "لبنان")).toBe(true);
    expect(arabicStemAlternates("ولد")).toBe("");
  });

  it("knows prepositions, conjunctions and pronouns as stop words, fused with و or ف too", () => {
    for (const word of ["في", "من", "علي", "الي", "هذه", "التي", "هو", "وفي", "فمن"]) {
      expect(isArabicStopWord(arabicSearchForm(word)), word).toBe(true);
    }
    for (const word of ["زيتون", "فاخوري", "بيروت"]) expect(isArabicStopWord(word), word).toBe(false);
  });
});
