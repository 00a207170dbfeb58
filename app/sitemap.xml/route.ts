import { routing } from "@/i18n/routing";
import { getSitemapEntries } from "@/lib/seo/sitemap-entries";
import { URLS_PER_SITEMAP, sitemapPath } from "@/lib/seo/sitemap-pages";
import { sitemapIndexXml, xmlResponse } from "@/lib/seo/sitemap-xml";

/** The sitemap index: per-locale sitemaps, split by size, and the news sitemap. */
// Built per request from cached, tagged query results: no database at build time.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const sitemaps = [];
  for (const locale of routing.locales) {
    const entries = await getSitemapEntries(locale);
    const newest = entries.reduce(
      (latest, entry) => (entry.lastModified > latest ? entry.lastModified : latest),
      "",
    );
    const pages = Math.max(1, Math.ceil(entries.length / URLS_PER_SITEMAP));
    for (let page = 1; page <= pages; page++) {
      sitemaps.push({ path: sitemapPath(locale, page), lastModified: newest });
    }
  }
  sitemaps.push({ path: "/news-sitemap.xml", lastModified: new Date().toISOString() });
  return xmlResponse(sitemapIndexXml(sitemaps));
}
