import { describe, expect, it } from "vitest";
import { languageAlternates } from "@/lib/seo/language-alternates";

describe("hreflang alternates", () => {
  const en = { locale: "en" as const, path: "/en/story/a" };
  const ar = { locale: "ar" as const, path: "/ar/story/ب" };

  it("gives every version the same set, canonical to itself", () => {
    const fromEnglish = languageAlternates(en, [ar]);
    const fromArabic = languageAlternates(ar, [en]);
    expect(fromEnglish?.languages).toEqual(fromArabic?.languages);
    expect(fromEnglish?.languages).toEqual({ en: en.path, ar: ar.path, "x-default": en.path });
    expect(fromEnglish?.canonical).toBe(en.path);
    expect(fromArabic?.canonical).toBe(ar.path);
  });

  it("points x-default at the only version when there is one", () => {
    expect(languageAlternates(ar, [])?.languages).toEqual({ ar: ar.path, "x-default": ar.path });
  });
});
