import { routing } from "@/i18n/routing";
import { getSitemapListing, sitemapFileCount } from "@/lib/seo/sitemap-entries";
import { sitemapPath } from "@/lib/seo/sitemap-pages";
import { sitemapIndexXml, xmlResponse } from "@/lib/seo/sitemap-xml";

/** The sitemap index: per-locale sitemaps, split by size, and the news sitemap. */
// Built per request from cached, tagged query results: no database at build time.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const sitemaps = [];
  for (const locale of routing.locales) {
    const listing = await getSitemapListing(locale);
    // The home page's lastModified is the locale's newest published change.
    const newest = listing.listing[0]?.lastModified ?? new Date().toISOString();
    for (let page = 1; page <= sitemapFileCount(listing); page++) {
      sitemaps.push({ path: sitemapPath(locale, page), lastModified: newest });
    }
  }
  sitemaps.push({ path: "/news-sitemap.xml", lastModified: new Date().toISOString() });
  return xmlResponse(sitemapIndexXml(sitemaps));
}
