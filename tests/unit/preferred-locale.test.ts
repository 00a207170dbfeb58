import { describe, expect, it } from "vitest";
import { preferredLocale, shouldRememberLocale } from "@/i18n/preferred-locale";

describe("the locale for a URL that names none", () => {
  it("follows Accept-Language by quality", () => {
    expect(preferredLocale(undefined, "fr-FR,ar-LB;q=0.8,en;q=0.5")).toBe("ar");
    expect(preferredLocale(undefined, "en;q=0.4,ar;q=0.9")).toBe("ar");
    expect(preferredLocale("en", "ar")).toBe("ar");
  });

  it("then the cookie left by the last language read", () => {
    expect(preferredLocale("ar", "fr-FR,fr;q=0.9")).toBe("ar");
    expect(preferredLocale("ar", null)).toBe("ar");
  });

  it("falls back to English", () => {
    expect(preferredLocale(undefined, null)).toBe("en");
    expect(preferredLocale("xx", "fr")).toBe("en");
  });
});

describe("remembering the language in a cookie", () => {
  it("only for browsers whose languages name none of ours", () => {
    expect(shouldRememberLocale("fr-FR,fr;q=0.9")).toBe(true);
    expect(shouldRememberLocale("fr-FR,ar;q=0.2")).toBe(false);
    expect(shouldRememberLocale("en-US")).toBe(false);
    expect(shouldRememberLocale(null)).toBe(false);
  });

  it("not for a client that accepts any language (Node's fetch sends '*')", () => {
    expect(shouldRememberLocale("*")).toBe(false);
    expect(shouldRememberLocale("fr, *;q=0.5")).toBe(false);
    expect(shouldRememberLocale("fr, *;q=0")).toBe(true);
    expect(preferredLocale(undefined, "*")).toBe("en");
    expect(preferredLocale("ar", "*")).toBe("ar");
  });
});
