import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { getLiveEntries } from "@/lib/live/live-page-data";
import { liveFeedXml } from "@/lib/seo/live-feed-xml";
import { xmlResponse } from "@/lib/seo/sitemap-xml";
import { getStoryPage } from "@/lib/stories/story-page-data";
import { slugFromParam } from "@/lib/urls/slug";

export const dynamic = "force-dynamic";

/** A live page's entries in one language, as RSS; other stories have no feed of their own. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/[locale]/story/[slug]/feed.xml">,
): Promise<Response> {
  const { locale, slug: slugParam } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const slug = slugFromParam(slugParam);
  const story = slug === null ? null : await getStoryPage(locale, slug);
  const entries = story?.kind === "live" ? await getLiveEntries(story.storyId, locale, 1) : null;
  if (!story || !entries) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return xmlResponse(liveFeedXml(story, entries, t("siteName")), 60, "application/rss+xml; charset=utf-8");
}
