import { describe, expect, it } from "vitest";
import { absoluteUrl } from "@/lib/seo/site-url";
import { urlsetXml } from "@/lib/seo/sitemap-xml";

describe("a sitemap's urlset", () => {
  it("lists each page with its language versions, x-default and its images, escaped", () => {
    const origin = absoluteUrl("/").replace(/\/$/, "");
    const xml = urlsetXml([
      {
        path: `/en/story/a&b<c>"d'`,
        lastModified: "2026-01-01T00:00:00.000Z",
        versions: [
          { locale: "en", path: "/en/x&y" },
          { locale: "ar", path: "/ar/z" },
        ],
        images: ["/media/abc"],
      },
      { path: "/en", lastModified: "2026-01-01T00:00:00.000Z", versions: [] },
    ]);
    expect(xml).toBe(
      [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">`,
        `  <url>`,
        `    <loc>${origin}/en/story/a&amp;b%3Cc%3E%22d'</loc>`,
        `    <lastmod>2026-01-01T00:00:00.000Z</lastmod>`,
        `    <xhtml:link rel="alternate" hreflang="en" href="${origin}/en/x&amp;y" />`,
        `    <xhtml:link rel="alternate" hreflang="ar" href="${origin}/ar/z" />`,
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${origin}/en/x&amp;y" />`,
        `    <image:image><image:loc>${origin}/media/abc</image:loc></image:image>`,
        `  </url>`,
        `  <url>`,
        `    <loc>${origin}/en</loc>`,
        `    <lastmod>2026-01-01T00:00:00.000Z</lastmod>`,
        `  </url>`,
        `</urlset>`,
      ].join("\n"),
    );
  });

  // Its speed is measured by bench/scale.ts, not here.
  it("builds 45,000 entries, a full sitemap", () => {
    const entries = Array.from({ length: 45_000 }, (_, i) => ({
      path: `/en/story/story-${i}`,
      lastModified: "2026-01-01T00:00:00.000Z",
      versions: [
        { locale: "en" as const, path: `/en/story/story-${i}` },
        { locale: "ar" as const, path: `/ar/story/story-${i}` },
      ],
    }));
    expect(urlsetXml(entries).match(/<url>/g)).toHaveLength(45_000);
  });
});
