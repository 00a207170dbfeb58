import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/seo/site-url";

// Rendered per request: the sitemap's absolute URL comes from SITE_URL at
// run time, not from whatever it was during the build.
export const dynamic = "force-dynamic";

// Newsroom-only areas: crawlers are told to stay out (the server refuses
// them anyway); previews must never compete with the published pages.
const PRIVATE_AREAS = ["newsroom", "preview", "page-not-found"];

// The reading site is open to crawlers; the newsroom, previews and the
// 404 screen's own URL are not.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: [
          "/api/",
          ...routing.locales.flatMap((locale) => PRIVATE_AREAS.map((area) => `/${locale}/${area}`)),
        ],
      },
    ],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
