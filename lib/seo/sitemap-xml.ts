import { create } from "xmlbuilder2";
import { localeFacts } from "@/lib/locale/locale-facts";
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

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);

/**
 * A urlset whose entries carry xhtml:link alternates for every language
 * version and x-default, and a story's lead image as image:image (Google
 * Images finds a photo and the page it illustrates from it). Written as a string: a sitemap holds up to 45,000
 * stories, and building it as a document tree (xmlbuilder2, kept for the
 * small index and news sitemaps) took about 7 s for one.
 */
export function urlsetXml(entries: SitemapEntry[]): string {
  const open =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml"` +
    ` xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"`;
  if (entries.length === 0) return `${open}/>`;
  const link = (hreflang: string, path: string) =>
    `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(absoluteUrl(path))}" />\n`;
  const parts = [`${open}>\n`];
  for (const entry of entries) {
    parts.push(
      `  <url>\n    <loc>${escapeXml(absoluteUrl(entry.path))}</loc>\n` +
        `    <lastmod>${escapeXml(entry.lastModified)}</lastmod>\n`,
    );
    for (const version of entry.versions) parts.push(link(localeFacts(version.locale).tag, version.path));
    const english = entry.versions.find((version) => version.locale === "en") ?? entry.versions[0];
    if (english) parts.push(link("x-default", english.path));
    for (const image of entry.images ?? []) {
      parts.push(`    <image:image><image:loc>${escapeXml(absoluteUrl(image))}</image:loc></image:image>\n`);
    }
    parts.push("  </url>\n");
  }
  parts.push("</urlset>");
  return parts.join("");
}

export function newsSitemapXml(entries: NewsEntry[], publicationName: (entry: NewsEntry) => string): string {
  const urlset = document().ele("urlset", {
    xmlns: SITEMAP_NS,
    "xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9",
  });
  for (const entry of entries) {
    const url = urlset.ele("url");
    url.ele("loc").txt(absoluteUrl(entry.path));
    // A live page's latest entry: the page changed then, though it was first published earlier.
    if (entry.lastModified) url.ele("lastmod").txt(entry.lastModified);
    const news = url.ele("news:news");
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
