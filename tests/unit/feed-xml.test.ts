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
        live: false,
        kind: "news",
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

  it("carries an item's latest note after its summary, escaped, and dates the channel by it", () => {
    const xml = rssFeedXml({
      locale: "ar",
      title: "أخبار المشرق",
      description: "أخبار",
      pagePath: "/ar",
      feedPath: "/ar/feed.xml",
      copyright: "©",
      noteLine: (note) => `تصحيح: ${note.text}`,
      stories: [
        {
          storyId: 1,
          locale: "ar",
          slug: "خبر",
          headline: "عنوان",
          dek: "موجز",
          publishedAt: "2026-11-20T10:00:00.000Z",
          section: { slug: "سياسة", name: "سياسة" },
          image: null,
          live: false,
          kind: "news",
          latestNote: { kind: "correction", text: "الرقم الصحيح <5>", at: "2026-11-25T08:00:00.000Z" },
        },
      ],
    });
    expect(cdataOf(xml, "description")).toContain("موجز<br/><br/>تصحيح: الرقم الصحيح &#60;5&#62;");
    expect(xml).toContain("<lastBuildDate>Wed, 25 Nov 2026 08:00:00 GMT</lastBuildDate>");
    // The item keeps its publication date: a correction does not make it news again.
    expect(xml).toContain("<pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate>");
  });
});
