import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { localeFacts, otherLocale } from "@/lib/locale/locale-facts";

describe("locale facts", () => {
  it("lays Arabic out right-to-left and English left-to-right", () => {
    expect(localeFacts("ar").dir).toBe("rtl");
    expect(localeFacts("en").dir).toBe("ltr");
  });

  it("uses BCP 47 tags and Open Graph locales", () => {
    expect(localeFacts("ar").tag).toBe("ar");
    expect(localeFacts("en").tag).toBe("en");
    expect(localeFacts("ar").ogLocale).toBe("ar_AR");
    expect(localeFacts("en").ogLocale).toBe("en_US");
  });

  it("pairs each locale with the other", () => {
    for (const locale of routing.locales) {
      expect(otherLocale(otherLocale(locale))).toBe(locale);
      expect(otherLocale(locale)).not.toBe(locale);
    }
  });
});
