import { getSitemapEntries } from "@/lib/seo/sitemap-entries";
import { URLS_PER_SITEMAP, parseSitemapFile } from "@/lib/seo/sitemap-pages";
import { urlsetXml, xmlResponse } from "@/lib/seo/sitemap-xml";

// Built per request from cached, tagged query results: no database at build time.
export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const parsed = parseSitemapFile((await params).file);
  if (!parsed) return new Response("Not found", { status: 404 });
  const entries = await getSitemapEntries(parsed.locale);
  const slice = entries.slice((parsed.page - 1) * URLS_PER_SITEMAP, parsed.page * URLS_PER_SITEMAP);
  if (slice.length === 0) return new Response("Not found", { status: 404 });
  return xmlResponse(urlsetXml(slice));
}
