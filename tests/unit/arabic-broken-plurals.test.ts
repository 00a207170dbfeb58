import { describe, expect, it } from "vitest";
import { BUILTIN_ARABIC_PLURALS } from "@/lib/search/arabic-broken-plurals";
import { arabicLightStem, arabicSearchForm, isArabicStopWord } from "@/lib/search/arabic-light-stem";

describe("the shipped table of broken plurals", () => {
  it("holds a few hundred pairs of Arabic words, each once", () => {
    expect(BUILTIN_ARABIC_PLURALS.length).toBeGreaterThan(300);
    const keys = BUILTIN_ARABIC_PLURALS.map(({ singular, plural }) => `${singular} ${plural}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { singular, plural } of BUILTIN_ARABIC_PLURALS) {
      expect(singular, plural).toMatch(/^[\u0621-\u064a]{2,}$/);
      expect(plural, singular).toMatch(/^[\u0621-\u064a]{2,}$/);
    }
  });

  // A pair the stemmer already joins (a sound plural) would only cost a look-up;
  // a stop word would join every story.
  it("pairs only forms the light stemmer leaves apart, none of them a stop word", () => {
    for (const { singular, plural } of BUILTIN_ARABIC_PLURALS) {
      expect(arabicLightStem(singular), `${singular} ${plural}`).not.toBe(arabicLightStem(plural));
      expect(isArabicStopWord(arabicSearchForm(singular)), singular).toBe(false);
      expect(isArabicStopWord(arabicSearchForm(plural)), plural).toBe(false);
    }
  });
});
