import { describe, expect, it } from "vitest";
import { rssFeedXml } from "@/lib/seo/feed-xml";

const hostile = '<svg onload="alert(1)"><img src=x onerror=alert(2)>';

function feedWith(headline: string, dek: string): string {
  return rssFeedXml({
    locale: "en",
    title: "Levant Times",
    description: "News",
    pagePath: "/en",
    feedPath: "/en/feed.xml",
    copyright: "©",
    stories: [
      {
        storyId: 1,
        locale: "en",
        slug: "a-story",
        headline,
        dek,
        publishedAt: new Date("2026-11-20T10:00:00Z").toISOString(),
        section: { slug: "politics", name: "Politics & <b>Power</b>" },
        image: null,
      },
    ],
  });
}

/** What a feed reader holds after reading an element's CDATA: the HTML it will render. */
function cdataOf(xml: string, element: string): string[] {
  return [...xml.matchAll(new RegExp(`<${element}><!\\[CDATA\\[([\\s\\S]*?)\\]\\]></${element}>`, "g"))].map(
    (match) => match[1]!,
  );
}

describe("RSS feed", () => {
  it("escapes headlines, summaries and section names, so feed readers show them as text", () => {
    const xml = feedWith(hostile, `Summary ${hostile}`);
    const html = [...cdataOf(xml, "title"), ...cdataOf(xml, "description"), ...cdataOf(xml, "category")].join(
      "\n",
    );
    expect(html).toContain('&#60;svg onload="alert(1)"&#62;');
    expect(html).not.toMatch(/<svg|<img|<b>/);
    expect(xml).not.toMatch(/<svg|<img/);
  });

  it("keeps ordinary text as it is", () => {
    const xml = feedWith("Port tender draws five bids", "Beirut’s port “reopens”");
    expect(cdataOf(xml, "title")).toContain("Port tender draws five bids");
    expect(cdataOf(xml, "description")).toContain("Beirut’s port “reopens”");
  });
});
