import { describe, expect, it } from "vitest";
import { preferredLocale } from "@/i18n/preferred-locale";

describe("preferred locale for pages outside any locale", () => {
  it("follows an earlier choice stored in the cookie", () => {
    expect(preferredLocale("ar", "en-US,en;q=0.9")).toBe("ar");
  });

  it("then Accept-Language by quality", () => {
    expect(preferredLocale(undefined, "fr-FR,ar-LB;q=0.8,en;q=0.5")).toBe("ar");
    expect(preferredLocale(undefined, "en;q=0.4,ar;q=0.9")).toBe("ar");
  });

  it("falls back to English", () => {
    expect(preferredLocale(undefined, null)).toBe("en");
    expect(preferredLocale("xx", "fr")).toBe("en");
  });
});
