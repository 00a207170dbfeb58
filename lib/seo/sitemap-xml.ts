import { create } from "xmlbuilder2";
import { localeFacts } from "@/lib/locale-facts";
import type { NewsEntry, SitemapEntry } from "@/lib/seo/sitemap-entries";
import { absoluteUrl } from "@/lib/seo/site-url";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

function document() {
  return create({ version: "1.0", encoding: "UTF-8" });
}

export function sitemapIndexXml(sitemaps: { path: string; lastModified: string }[]): string {
  const index = document().ele("sitemapindex", { xmlns: SITEMAP_NS });
  for (const sitemap of sitemaps) {
    index
      .ele("sitemap")
      .ele("loc")
      .txt(absoluteUrl(sitemap.path))
      .up()
      .ele("lastmod")
      .txt(sitemap.lastModified);
  }
  return index.end({ prettyPrint: true });
}

/** A urlset whose entries carry xhtml:link alternates for every language version and x-default. */
export function urlsetXml(entries: SitemapEntry[]): string {
  const urlset = document().ele("urlset", {
    xmlns: SITEMAP_NS,
    "xmlns:xhtml": "http://www.w3.org/1999/xhtml",
  });
  for (const entry of entries) {
    const url = urlset.ele("url");
    url.ele("loc").txt(absoluteUrl(entry.path));
    url.ele("lastmod").txt(entry.lastModified);
    const english = entry.versions.find((version) => version.locale === "en") ?? entry.versions[0];
    for (const version of entry.versions) {
      url.ele("xhtml:link", {
        rel: "alternate",
        hreflang: localeFacts(version.locale).tag,
        href: absoluteUrl(version.path),
      });
    }
    if (english)
      url.ele("xhtml:link", { rel: "alternate", hreflang: "x-default", href: absoluteUrl(english.path) });
  }
  return urlset.end({ prettyPrint: true });
}

export function newsSitemapXml(entries: NewsEntry[], publicationName: (entry: NewsEntry) => string): string {
  const urlset = document().ele("urlset", {
    xmlns: SITEMAP_NS,
    "xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9",
  });
  for (const entry of entries) {
    const news = urlset.ele("url").ele("loc").txt(absoluteUrl(entry.path)).up().ele("news:news");
    news
      .ele("news:publication")
      .ele("news:name")
      .txt(publicationName(entry))
      .up()
      .ele("news:language")
      .txt(localeFacts(entry.locale).tag);
    news.ele("news:publication_date").txt(entry.publishedAt);
    news.ele("news:title").txt(entry.headline);
  }
  return urlset.end({ prettyPrint: true });
}

export function xmlResponse(
  xml: string,
  maxAgeSeconds = 300,
  contentType = "application/xml; charset=utf-8",
): Response {
  return new Response(xml, {
    headers: {
      "content-type": contentType,
      "cache-control": `public, max-age=0, s-maxage=${maxAgeSeconds}, stale-while-revalidate=86400`,
    },
  });
}
