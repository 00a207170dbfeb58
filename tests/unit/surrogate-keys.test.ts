import { describe, expect, it } from "vitest";
import {
  includesFragments,
  surrogateKey,
  surrogateKeyHeaders,
  tagsForPath,
} from "@/lib/cache-proxy/surrogate-keys";

const lookup = async (locale: string, slug: string) => (locale === "ar" && slug === "خبر" ? 7 : null);

describe("surrogate keys for reading pages", () => {
  it("keys a story page by its slug, its story and its live entries in its language, not its comments, which its fragment carries", async () => {
    const tags = await tagsForPath(`/ar/story/${encodeURIComponent("خبر")}`, lookup);
    const common = [
      "sections",
      "topics",
      "authors",
      "mentions:ar",
      "slug:ar:خبر",
      "redirects:ar",
      "story:7",
      // The note under opinion pieces in its language.
      "opinion-disclaimer:ar",
    ];
    expect(tags).toEqual([...common, "live:7:ar"]);
    expect(await tagsForPath(`/ar/story/${encodeURIComponent("خبر")}/comments/2`, lookup)).toEqual([
      ...common,
      "comments:7:ar",
    ]);
    expect(await tagsForPath("/ar/fragments/comments/7", lookup)).toEqual(["comments:7:ar", "story:7"]);
    expect(await tagsForPath("/ar/fragments/comments/x", lookup)).toBeNull();
  });

  it("has every reading page include the banner's fragment (ESI), and neither feeds nor fragments", () => {
    for (const path of [
      "/ar",
      "/en/page/2",
      "/en/search",
      "/en/section/world",
      "/en/tags/storm",
      "/en/authors/lina",
      `/ar/story/${encodeURIComponent("خبر")}`,
      `/ar/story/${encodeURIComponent("خبر")}/comments/2`,
      "/en/no-such-page",
    ]) {
      expect(includesFragments(path), path).toBe(true);
    }
    for (const path of [
      "/en/feed.xml",
      "/en/story/x/feed.xml",
      "/en/fragments/banner",
      "/en/fragments/comments/7",
      "/en/fragments/most-read",
    ]) {
      expect(includesFragments(path), path).toBe(false);
    }
  });

  it("keys the banner's fragment by the language's banner alone, so setting one purges no page", async () => {
    expect(await tagsForPath("/ar/fragments/banner", lookup)).toEqual(["banner:ar"]);
    expect(await tagsForPath("/en", lookup)).not.toContain("banner:en");
  });

  it("keys the most-read fragment by the language's lists and mentions: an unpublish purges it, reads do not", async () => {
    expect(await tagsForPath("/ar/fragments/most-read", lookup)).toEqual(["lists:ar", "mentions:ar"]);
  });

  it("keys an unknown slug's 404 by the slug, so publishing it purges the 404", async () => {
    expect(await tagsForPath("/en/story/not-yet", lookup)).toEqual([
      "sections",
      "topics",
      "authors",
      "mentions:en",
      "slug:en:not-yet",
      "redirects:en",
    ]);
  });

  it("keys lists, sections, feeds and search results by the locale's lists, sitemaps by both", async () => {
    for (const path of [
      "/en",
      "/en/search",
      "/en/page/2",
      "/en/section/culture",
      "/en/section/culture/feed.xml",
      "/en/feed.xml",
    ]) {
      expect(await tagsForPath(path, lookup)).toEqual(["sections", "lists:en"]);
    }
    expect(await tagsForPath("/sitemap.xml", lookup)).toEqual([
      "lists:en",
      "lists:ar",
      "sections",
      "topics",
      "authors",
    ]);
    expect(await tagsForPath("/ar/tags/x", lookup)).toEqual(["sections", "topics", "lists:en", "lists:ar"]);
    expect(await tagsForPath("/en/authors/x", lookup)).toEqual([
      "sections",
      "authors",
      "lists:en",
      "lists:ar",
    ]);
  });

  it("gives no keys to the newsroom, previews, route handlers and the language root", async () => {
    for (const path of ["/en/newsroom", "/ar/newsroom/stories/1", "/en/preview/1", "/api/health", "/"]) {
      expect(await tagsForPath(path, lookup)).toBeNull();
    }
  });

  it("encodes Arabic slugs the same way in responses and purges", () => {
    expect(surrogateKey("slug:ar:خبر")).toBe(`slug:ar:${encodeURIComponent("خبر")}`);
    const headers = surrogateKeyHeaders(["story:7", "slug:ar:خبر", "story:7"]);
    expect(headers.xkey).toBe(`site story:7 slug:ar:${encodeURIComponent("خبر")}`);
    expect(headers["Cache-Tag"]).toBe(headers.xkey.replaceAll(" ", ","));
  });
});
