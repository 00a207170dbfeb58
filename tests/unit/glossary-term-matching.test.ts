import { describe, expect, it } from "vitest";
import { containsTerm, findTerms, glossaryKey, type Term } from "@/lib/glossary/term-matching";

const term = (id: number, text: string): Term => ({ id, text, key: glossaryKey(text) });

describe("glossary term matching", () => {
  it("finds English terms as whole words, in any case, possessive included", () => {
    const terms = [term(1, "Nabih Berri"), term(2, "Berri"), term(3, "UNHCR")];
    const text = "Speaker Nabih Berri's office said the unhcr would help; Berrigan was not there.";
    const found = findTerms(text, "en", terms);
    expect(found.map((hit) => [hit.term.id, text.slice(hit.at.start, hit.at.end)])).toEqual([
      [1, "Nabih Berri"],
      [3, "unhcr"],
    ]);
  });

  it("finds Arabic terms across hamza, ta marbuta, alef maqsura, tashkeel and tatweel", () => {
    const speaker = term(1, "رئيس مجلس النواب نبيه بري");
    const text = "قال رَئيسُ مجلسِ النوّاب نبيـه برّي إن الجلسة مؤجلة.";
    const [hit] = findTerms(text, "ar", [speaker]);
    expect(text.slice(hit!.at.start, hit!.at.end)).toBe("رَئيسُ مجلسِ النوّاب نبيـه برّي");
    expect(containsTerm("المفوضيه السامية", "ar", term(2, "المفوضية السامية"))).toBe(true);
    expect(containsTerm("التقى موسى بالوزير", "ar", term(3, "موسي"))).toBe(true);
  });

  it("matches an Arabic term behind a conjunction or preposition, and ل before the article", () => {
    const parliament = term(1, "البرلمان");
    expect(containsTerm("وصوّت البرلمان", "ar", parliament)).toBe(true);
    expect(containsTerm("وفي البرلمان", "ar", parliament)).toBe(true);
    expect(containsTerm("رسالة للبرلمان", "ar", parliament)).toBe(true);
    expect(containsTerm("وبالبرلمان", "ar", parliament)).toBe(true);
    expect(containsTerm("والبرلمان", "ar", parliament)).toBe(true);
    // Not inside another word.
    expect(containsTerm("البرلمانيون", "ar", parliament)).toBe(false);
    expect(containsTerm("عون", "ar", term(2, "عو"))).toBe(false);
  });

  it("prefers the longer of two overlapping terms", () => {
    const found = findTerms("Lebanese Army Commander Rodolphe Haykal", "en", [
      term(1, "Lebanese Army"),
      term(2, "Lebanese Army Commander"),
      term(3, "Rodolphe Haykal"),
    ]);
    expect(found.map((hit) => hit.term.id)).toEqual([2, 3]);
  });
});
