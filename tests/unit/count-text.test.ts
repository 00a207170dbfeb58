import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messageFormats } from "@/i18n/message-formats";
import { countTemplates } from "@/lib/format/count-templates";
import { localeFacts, type Digits } from "@/lib/locale/locale-facts";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { countText } from "@/components/comments/count-text";

// The comment form's live count is worded without a client formatter: the
// server formats one sample per plural form, the client swaps the number in.
// It must read exactly as next-intl would have formatted it.
function both(locale: "en" | "ar", digits: Digits) {
  const t = createTranslator({
    locale,
    messages: { Forms: (locale === "en" ? en : ar).Forms },
    namespace: "Forms.counter",
    formats: messageFormats(locale, digits),
    timeZone: "Asia/Beirut",
  });
  const templates = countTemplates(locale, localeFacts(locale).numberLocale(digits), (n) => t("left", { n }));
  return { direct: (n: number) => t("left", { n }), viaTemplates: (n: number) => countText(templates, n) };
}

describe("live character counts on reading pages", () => {
  const counts = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 1_999, 2_000];
  for (const [locale, digits] of [
    ["en", "latn"],
    ["ar", "latn"],
    ["ar", "arab"],
  ] as const) {
    it(`read as next-intl formats them (${locale}, ${digits} digits), in every plural form`, () => {
      const { direct, viaTemplates } = both(locale, digits);
      expect(counts.map(viaTemplates)).toEqual(counts.map(direct));
    });
  }

  it("use the Arabic forms: dual, few, many", () => {
    const { viaTemplates } = both("ar", "latn");
    expect(viaTemplates(2)).toBe("بقي حرفان");
    expect(viaTemplates(7)).toBe("بقيت 7 أحرف");
    expect(viaTemplates(25)).toBe("بقي 25 حرفًا");
  });
});
