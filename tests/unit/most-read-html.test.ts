import { describe, expect, it, vi } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import type { StorySummary } from "@/lib/stories/story-types";
import { mostReadHtml, mostReadSlotHtml } from "@/components/most-read-html";

// The block's words from the real message files, without a request.
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale }: { locale: "en" | "ar" }) => {
    const words = (locale === "ar" ? ar : en).MostRead;
    return (key: keyof typeof words) => words[key];
  },
}));

function summary(storyId: number, locale: "en" | "ar", slug: string, headline: string): StorySummary {
  return {
    storyId,
    locale,
    slug,
    headline,
    kind: "news",
    dek: "",
    publishedAt: "2026-12-07T10:00:00.000Z",
    section: { slug: "news", name: "News" },
    image: null,
    live: false,
  };
}

describe("the most-read block as HTML (the proxy's fragment and the pages' own copy)", () => {
  it("lists the headlines in rank order under the language's heading, each linking to its story", async () => {
    const html = await mostReadHtml("ar", [
      summary(1, "ar", "مناقصة-المرفأ", "مناقصة المرفأ"),
      summary(2, "ar", "موسم-الزيتون", "موسم الزيتون"),
    ]);
    expect(html).toContain('<h2 id="most-read-heading" class="most-read__heading">الأكثر قراءة</h2>');
    const links = [...html.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a><\/li>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      [`/ar/story/${encodeURIComponent("مناقصة-المرفأ")}`, "مناقصة المرفأ"],
      [`/ar/story/${encodeURIComponent("موسم-الزيتون")}`, "موسم الزيتون"],
    ]);
  });

  it("escapes what editors typed", async () => {
    const html = await mostReadHtml("en", [summary(3, "en", "x", '<img src=x onerror="alert(1)"> & co')]);
    expect(html).not.toContain("<img");
    expect(html).toContain("&#x3C;img");
  });

  it("is empty when nothing has been read, and the slot still names the fragment for the proxy", async () => {
    expect(await mostReadHtml("en", [])).toBe("");
    expect(mostReadSlotHtml("en", "")).toBe(
      '<!--esi <esi:include src="/en/fragments/most-read"/><esi:remove> --><!--esi </esi:remove> -->',
    );
  });
});
