import { describe, expect, it } from "vitest";
import { SHARE_SERVICES, shareLink, shareLinks } from "@/lib/share/share-links";

const arabic = {
  url: "https://news.example/ar/story/%D9%85%D8%B1%D9%81%D8%A3",
  headline: "مرفأ بيروت: إعادة الإعمار & الأسئلة؟",
};
const english = { url: "https://news.example/en/story/port-rebuild", headline: "Port rebuild: what next?" };

/** The query of a share link, decoded the way the service decodes it. */
function fields(href: string): Record<string, string> {
  const query = href.slice(href.indexOf("?") + 1);
  return Object.fromEntries(
    query.split("&").map((pair) => {
      const [key, value] = pair.split("=") as [string, string];
      return [key, decodeURIComponent(value)];
    }),
  );
}

describe("share links", () => {
  it("offers WhatsApp first, then X, Facebook, Telegram and email", () => {
    expect(SHARE_SERVICES).toEqual(["whatsapp", "x", "facebook", "telegram", "email"]);
    expect(shareLinks(english).map((link) => link.service)).toEqual([...SHARE_SERVICES]);
  });

  it("points each service at its documented share address", () => {
    expect(shareLink("whatsapp", english)).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(shareLink("x", english)).toMatch(/^https:\/\/x\.com\/intent\/post\?url=/);
    expect(shareLink("facebook", english)).toMatch(/^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=/);
    expect(shareLink("telegram", english)).toMatch(/^https:\/\/t\.me\/share\/url\?url=/);
    expect(shareLink("email", english)).toMatch(/^mailto:\?subject=/);
  });

  it("carries the page's URL in every link and the headline where the service takes text", () => {
    for (const page of [english, arabic]) {
      expect(fields(shareLink("whatsapp", page))).toEqual({ text: `${page.headline}\n${page.url}` });
      expect(fields(shareLink("x", page))).toEqual({ url: page.url, text: page.headline });
      expect(fields(shareLink("facebook", page))).toEqual({ u: page.url });
      expect(fields(shareLink("telegram", page))).toEqual({ url: page.url, text: page.headline });
      expect(fields(shareLink("email", page))).toEqual({
        subject: page.headline,
        body: `${page.headline}\n\n${page.url}`,
      });
    }
  });

  it("encodes every reserved character, so a headline's & or ? cannot cut the query", () => {
    for (const { href } of shareLinks(arabic)) {
      const query = href.slice(href.indexOf("?") + 1);
      expect(query).not.toMatch(/[ ?#+\n]/);
      expect(query.split("&").length).toBe(Object.keys(fields(href)).length);
    }
  });

  it("spells spaces %20, which mail clients read, not +", () => {
    expect(shareLink("email", english)).toContain("Port%20rebuild");
    expect(shareLink("email", english)).not.toContain("+");
  });
});
