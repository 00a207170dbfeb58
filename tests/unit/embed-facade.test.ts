import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StoryBody } from "@/components/story-body";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { embedFrameOrigins } from "@/lib/embeds/embed-frame-origins";
import { stories } from "@/prisma/content/stories/index";

const render = (markdown: string, locale: "en" | "ar" = "en") =>
  renderToStaticMarkup(
    // The provider's props type requires children, and a .ts test has no JSX.
    // eslint-disable-next-line react/no-children-prop
    createElement(NextIntlClientProvider, {
      locale,
      messages: { en, ar }[locale],
      timeZone: "Asia/Beirut",
      children: createElement(StoryBody, { markdown }),
    }),
  );

describe("an embed in a story body, as the server renders it", () => {
  it("is a facade naming the provider with a link to the original, and nothing the provider serves", () => {
    const html = render("Before.\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nAfter.");
    expect(html).toContain('data-embed-provider="youtube"');
    expect(html).toContain("Embedded from YouTube");
    expect(html).toContain(
      '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer">',
    );
    // No frame, no image, no script: the only provider address is the link.
    expect(html).not.toMatch(/<iframe|<img|<script|youtube-nocookie/);
    expect(html).not.toContain("<button");
    expect(html).toContain("<p>Before.</p>");
  });

  it("names the provider in Arabic on Arabic pages", () => {
    expect(render("<https://x.com/AP/status/1861234567890123456>", "ar")).toContain("محتوى مضمَّن من إكس");
  });

  it("leaves another site's URL, and a URL inside a sentence or a quote, a plain link or text", () => {
    expect(render("https://example.org/report")).toBe(
      '<div class="story-body"><p><a href="https://example.org/report" rel="noopener noreferrer">https://example.org/report</a></p></div>',
    );
    expect(render("Watch https://youtu.be/dQw4w9WgXcQ now.")).not.toContain("data-embed-provider");
    expect(render("> https://youtu.be/dQw4w9WgXcQ")).not.toContain("data-embed-provider");
    expect(render("https://youtube.com.evil.org/watch?v=dQw4w9WgXcQ")).not.toContain("data-embed-provider");
  });
});

describe("the demo stories' embeds", () => {
  it("give the film festival pages YouTube's frame origin and the olive harvest page X's, in both languages", () => {
    const expected = {
      "film-festival": "https://www.youtube-nocookie.com",
      "cinema-seats-opinion": "https://www.youtube-nocookie.com",
      "olive-harvest": "https://platform.twitter.com",
    };
    for (const story of stories) {
      for (const locale of ["en", "ar"] as const) {
        const body = story.translations[locale]?.body;
        if (!body) continue;
        const origin = expected[story.key as keyof typeof expected];
        expect(embedFrameOrigins(render(body, locale)), `${story.key} ${locale}`).toEqual(
          origin ? [origin] : [],
        );
      }
    }
  });
});
