import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DeferredCommentForm } from "@/components/comments/deferred-comment-form";

const counts = { numberLocale: "en", pluralLocale: "en", forms: {} };

describe("the comment form on a story page, as the server renders it", () => {
  it("is the whole form at once, its fields in the HTML before any of its code loads", () => {
    const html = renderToStaticMarkup(
      createElement(DeferredCommentForm, {
        storyId: 7,
        locale: "en",
        slug: "a-story",
        permalink: "/en/story/a-story#comment-answer",
        summaryTitle: "There is a problem",
        counts: { left: counts, over: counts },
        words: {},
      }),
    );
    expect(html).toContain('<form id="comment-form"');
    expect(html).toContain('<input type="hidden" name="storyId" value="7"/>');
    expect(html).toMatch(/<textarea name="body"/);
    // Not a Suspense fallback waiting for a chunk: the fields are in the HTML.
    expect(html).not.toContain("<!--$?-->");
  });
});
