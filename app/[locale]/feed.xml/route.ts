import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { homePath } from "@/lib/urls/reader-paths";
import { feedPath, rssFeedXml } from "@/lib/seo/feed-xml";
import { xmlResponse } from "@/lib/seo/sitemap-xml";
import { getFeedStories } from "@/lib/stories/story-lists";
import { feedNoteLine } from "@/lib/seo/reader-feeds";

export const dynamic = "force-dynamic";

/** The locale's feed of its newest stories. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/[locale]/feed.xml">,
): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const { stories } = await getFeedStories(locale, null);
  const xml = rssFeedXml({
    locale,
    title: t("siteName"),
    description: t("tagline"),
    pagePath: homePath(locale),
    feedPath: feedPath(locale),
    stories,
    copyright: t("siteName"),
    noteLine: await feedNoteLine(locale),
  });
  return xmlResponse(xml, 300, "application/rss+xml; charset=utf-8");
}
