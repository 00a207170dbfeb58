import { getTranslations } from "next-intl/server";
import { withDatabase } from "@/lib/db/availability";
import { queryNewsEntries } from "@/lib/seo/sitemap-entries";
import { newsSitemapXml, xmlResponse } from "@/lib/seo/sitemap-xml";

const WINDOW_MS = 48 * 60 * 60 * 1000;

// Google News wants exactly the last 48 hours, so this is computed per
// request (one indexed query) rather than cached.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const entries = await withDatabase(() => queryNewsEntries(new Date(Date.now() - WINDOW_MS)));
  const [en, ar] = await Promise.all([
    getTranslations({ locale: "en", namespace: "Metadata" }),
    getTranslations({ locale: "ar", namespace: "Metadata" }),
  ]);
  const xml = newsSitemapXml(entries, (entry) => (entry.locale === "ar" ? ar("siteName") : en("siteName")));
  return xmlResponse(xml, 60);
}
