import { sitemapFileEntries } from "@/lib/seo/sitemap-entries";
import { parseSitemapFile } from "@/lib/seo/sitemap-pages";
import { urlsetXml, xmlResponse } from "@/lib/seo/sitemap-xml";

// Built per request from cached, tagged query results: no database at build time.
export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/sitemaps/[file]">,
): Promise<Response> {
  const parsed = parseSitemapFile((await params).file);
  if (!parsed) return new Response("Not found", { status: 404 });
  const entries = await sitemapFileEntries(parsed.locale, parsed.page);
  if (!entries || entries.length === 0) return new Response("Not found", { status: 404 });
  return xmlResponse(urlsetXml(entries));
}
