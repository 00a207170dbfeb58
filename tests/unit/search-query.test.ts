import { describe, expect, it } from "vitest";
import { buildSearchQuery, MAX_TERMS } from "@/lib/search/search-query";

describe("the reader's query as tsquery text", () => {
  it("quotes every English word and keeps phrases, or and exclusions", () => {
    expect(buildSearchQuery("en", 'olive "prime minister" or cabinet -war')?.match).toBe(
      "'olive' & ('prime' <-> 'minister') | 'cabinet' & !'war'",
    );
    expect(buildSearchQuery("en", "it's a\\b")?.match).toBe("'it''s' & 'a\\\\b'");
  });

  it("stems Arabic words, with their alternates, and drops stop words", () => {
    const built = buildSearchQuery("ar", "والكهرباء في لبيروت");
    // «كهرباءو»: a stem of four letters is also looked for in the construct state (arabic-query-stems.ts);
    // «بياريت»: «بيروت» has the shape of a singular of فعاليل (arabic-pattern-forms.ts), a form no story holds.
    expect(built?.match).toBe(
      "('كهرباء' | 'كهرباءو') & ('لبيروت' | 'بيروت' | 'لبيروتو' | 'بيروتو' | 'بياريت')",
    );
    expect(built?.exact).toBe("'والكهرباء' | 'لبيروت'");
    expect(built?.marked).toEqual(expect.arrayContaining(["كهرباء", "والكهرباء", "بيروت"]));
  });

  it("leaves Arabic chunks with digits or Latin letters to PostgreSQL's parser, stemmed", () => {
    expect(buildSearchQuery("ar", "بـ2.4 مليار للعائلات")?.match).toBe(
      "'ب2.4' & ('مليار' | 'مليارو') & ('عايل' | 'لعايل' | 'عايلو' | 'لعايلو' | 'لعيل')",
    );
  });

  it("keeps a dropped stop word's place in an Arabic phrase", () => {
    expect(buildSearchQuery("ar", '"مجلس في الوزراء"')?.match).toBe(
      "(('مجلس' | 'مجلسو') <2> ('وزراء' | 'وزراءو'))",
    );
  });

  it("has nothing to look up for Arabic stop words alone, dashes or operators", () => {
    for (const q of ["في من على", "-".repeat(40), "& | ! <-> :* ( )", '""', "or"]) {
      expect(buildSearchQuery("ar", q), q).toBeNull();
    }
    expect(buildSearchQuery("en", "-".repeat(60))).toBeNull();
  });

  it("never lets the reader's text be tsquery syntax, and bounds the number of terms", () => {
    const built = buildSearchQuery("en", "a&b | !c:* <-> 'd' (e)");
    expect(built?.match).toBe("'a&b' & '!c:*' & '''d''' & '(e)'");
    const many = buildSearchQuery("en", Array.from({ length: 100 }, (_, i) => `w${i}`).join(" "));
    expect(many?.match.split(" & ")).toHaveLength(MAX_TERMS);
  });
});

describe("name variants in the reader's query", () => {
  const variants = new Map([
    ["jbeil", ["Byblos", "Jbeil", "جبيل"]],
    ["صور", ["Tyre", "Sour", "صور"]],
    ["sahet al tal", ["Sahet al-Tal", "ساحة التل"]],
  ]);

  it("looks for the words as typed or any spelling of the name they spell", () => {
    expect(buildSearchQuery("en", "Jbeil tomb", new Map(), variants)?.match).toBe(
      "('Jbeil' | 'Byblos' | 'Jbeil' | 'جبيل') & 'tomb'",
    );
    // Words typed without quotes: the typed words as before ("and"), or the name's phrases.
    expect(buildSearchQuery("en", "sahet al tal", new Map(), variants)?.match).toBe(
      "(('sahet' & 'al' & 'tal') | ('Sahet' <-> 'al-Tal') | ('ساحه' <-> 'التل'))",
    );
  });

  it("matches an Arabic name behind a conjunction or preposition, and marks the other spellings", () => {
    const built = buildSearchQuery("ar", "بصور", new Map(), variants);
    expect(built?.match).toContain("'tyre'");
    expect(built?.marked).toEqual(expect.arrayContaining(["tyre", "sour", "صور"]));
    // Only the form typed ranks as exact.
    expect(built?.exact).toBe("'بصور'");
  });

  it("never widens an exclusion or joins words across 'or'", () => {
    expect(buildSearchQuery("en", "tomb -Jbeil", new Map(), variants)?.match).toBe("'tomb' & !'Jbeil'");
    expect(buildSearchQuery("en", "sahet or al tal", new Map(), variants)?.match).toBe(
      "'sahet' | 'al' & 'tal'",
    );
  });
});
