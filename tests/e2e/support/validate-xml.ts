import { readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const schemaDir = path.join(import.meta.dirname, "..", "schemas");
const file = (name: string) => ({
  fileName: name,
  contents: readFileSync(path.join(schemaDir, name), "utf8"),
});

/** Which sitemaps.org schema a document answers to, by its root element. */
export type SitemapKind = "sitemapindex" | "urlset";

/**
 * Validates a sitemap with libxml2 (compiled to Wasm) against the
 * sitemaps.org schemas and, for urlsets, the extensions the site uses.
 * Returns libxml2's messages; empty when valid.
 */
export async function sitemapSchemaErrors(kind: SitemapKind, xml: string, name: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: name, contents: xml }],
    schema: kind === "sitemapindex" ? file("siteindex.xsd") : file("urlset.xsd"),
    preload:
      kind === "urlset"
        ? [file("sitemap.xsd"), file("xhtml-link.xsd"), file("sitemap-news.xsd"), file("sitemap-image.xsd")]
        : undefined,
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
