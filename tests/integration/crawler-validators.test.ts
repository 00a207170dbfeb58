import { describe, expect, it } from "vitest";
import { htmlErrors } from "@/tests/e2e/support/validate-html";
import { sitemapSchemaErrors } from "@/tests/e2e/support/validate-xml";

// The crawler test trusts these two checkers to say no; make sure they can.
// Here rather than with the unit tests: the HTML checker starts a JVM.
const urlset = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"
  xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${inner}</urlset>`;

describe("sitemap schema check", () => {
  it("accepts a urlset with alternates and news", async () => {
    const xml = urlset(`<url><loc>https://example.com/en</loc><lastmod>2026-11-25T10:00:00Z</lastmod>
      <xhtml:link rel="alternate" hreflang="ar" href="https://example.com/ar"/>
      <news:news><news:publication><news:name>Levant Times</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2026-11-25T10:00:00Z</news:publication_date><news:title>T</news:title></news:news></url>`);
    expect(await sitemapSchemaErrors("urlset", xml, "ok.xml")).toEqual([]);
  });

  it("refuses a bad date, a missing loc and an unknown element", async () => {
    expect(
      await sitemapSchemaErrors(
        "urlset",
        urlset("<url><loc>https://example.com/en</loc><lastmod>yesterday</lastmod></url>"),
        "a.xml",
      ),
    ).not.toEqual([]);
    expect(
      await sitemapSchemaErrors("urlset", urlset("<url><lastmod>2026-11-25</lastmod></url>"), "b.xml"),
    ).not.toEqual([]);
    expect(
      await sitemapSchemaErrors(
        "urlset",
        urlset('<url><loc>https://example.com/en</loc><xhtml:meta name="x"/></url>'),
        "c.xml",
      ),
    ).not.toEqual([]);
    const index = `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><lastmod>2026-11-25</lastmod></sitemap></sitemapindex>`;
    expect(await sitemapSchemaErrors("sitemapindex", index, "d.xml")).not.toEqual([]);
  });
});

describe("HTML check", () => {
  it("passes a valid page and reports an invalid one, by page", async () => {
    const valid =
      '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر</title></head><body><p>نص</p></body></html>';
    const invalid =
      '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div>block in p</p></body></html>';
    const problems = await htmlErrors(
      new Map([
        ["https://example.com/ok", valid],
        ["https://example.com/bad", invalid],
      ]),
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems.map((problem) => problem.page))).toEqual(new Set(["https://example.com/bad"]));
  }, 60_000);
});
