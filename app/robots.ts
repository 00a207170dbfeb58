import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/seo/site-url";

// Rendered per request: the sitemap's absolute URL comes from SITE_URL at
// run time, not from whatever it was during the build.
export const dynamic = "force-dynamic";

// The reading site is open to crawlers; the 404 screen's own URL is not.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/en/page-not-found", "/ar/page-not-found"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
