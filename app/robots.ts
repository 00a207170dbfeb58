import type { MetadataRoute } from "next";

// The reading site is open to crawlers; the 404 screen's own URL is not.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/en/page-not-found", "/ar/page-not-found"] }],
  };
}
