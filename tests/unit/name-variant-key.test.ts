import { describe, expect, it } from "vitest";
import { firstWordForms, lookupKeys, nameVariantKey } from "@/lib/search/name-variant-key";
import { parsePlural, parseSpellings } from "@/lib/search-words/search-words-fields";

describe("name variant keys", () => {
  it("fold case, Latin accents, Arabic spelling and punctuation", () => {
    expect(nameVariantKey("Zahlé")).toBe(nameVariantKey("ZAHLE"));
    expect(nameVariantKey("جُبَيل")).toBe("جبيل");
    expect(nameVariantKey("Dahr al-Baidar")).toBe("dahr al baidar");
    expect(nameVariantKey("زحلة")).toBe(nameVariantKey("زحله"));
  });

  it("see through the Arabic conjunctions and prepositions a reader attaches to a name", () => {
    expect(firstWordForms("وبصور")).toEqual(expect.arrayContaining(["صور"]));
    expect(firstWordForms("للبقاع")).toEqual(expect.arrayContaining(["البقاع"]));
    expect(firstWordForms("بيروت")).toEqual(expect.arrayContaining(["بيروت", "يروت"]));
    expect(firstWordForms("Byblos")).toEqual(["Byblos"]);
    expect(lookupKeys(["لحزب", "الله", "اليوم"])).toEqual(expect.arrayContaining(["حزب الله"]));
  });
});

describe("what editors type", () => {
  it("takes a set's spellings one a line, once each", () => {
    expect(parseSpellings("Byblos\n\n  Jbeil \njbeil\nجبيل")).toEqual({
      ok: true,
      spellings: [
        { spelling: "Byblos", key: "byblos" },
        { spelling: "Jbeil", key: "jbeil" },
        { spelling: "جبيل", key: "جبيل" },
      ],
    });
    expect(parseSpellings("!!!\nByblos")).toEqual({ ok: false, error: "noLetters", spelling: "!!!" });
    expect(parseSpellings("Byb\u202Elos\nJbeil")).toMatchObject({ error: "invalidCharacters" });
  });

  it("takes one Arabic word for each side of a broken plural, and two different words", () => {
    expect(parsePlural({ singular: " أستاذ ", plural: "أساتذة" })).toEqual({
      ok: true,
      singular: "أستاذ",
      plural: "أساتذة",
    });
    expect(parsePlural({ singular: "أستاذ جامعي", plural: "اساتذه" })).toEqual({
      ok: false,
      errors: { singular: "notArabic" },
    });
    expect(parsePlural({ singular: "مدرسة", plural: "مدرسه" })).toEqual({
      ok: false,
      errors: { plural: "same" },
    });
  });
});
