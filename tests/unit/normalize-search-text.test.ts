import { describe, expect, it } from "vitest";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";
import { ARABIC_PAIRS } from "@/tests/fixtures/arabic-spelling-pairs";

describe("search text normalisation", () => {
  it.each(ARABIC_PAIRS)("spells %s and %s the same, both ways", (a, b) => {
    expect(normalizeSearchText(a)).toBe(normalizeSearchText(b));
    expect(normalizeSearchText(b)).toBe(normalizeSearchText(a));
  });

  it("maps the hamza forms of alef, alef maqsura, ta marbuta, waw and ya hamza", () => {
    expect(normalizeSearchText("أإآٱ ى ة ؤ ئ")).toBe("اااا ي ه و ي");
  });

  it("turns Arabic-Indic and Persian digits into ASCII", () => {
    expect(normalizeSearchText("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789 0123456789");
  });

  it("removes every tashkeel mark, the superscript alef and tatweel", () => {
    const marks = Array.from({ length: 0x065f - 0x064b + 1 }, (_, i) => String.fromCharCode(0x064b + i));
    expect(normalizeSearchText(`ب${marks.join("")}\u0670\u0640ت`)).toBe("بت");
  });

  it("leaves Latin text, punctuation and other scripts alone", () => {
    const text = "NATO & UNESCO: «Élysée» 2026 — ok? 東京";
    expect(normalizeSearchText(text)).toBe(text);
  });
});
