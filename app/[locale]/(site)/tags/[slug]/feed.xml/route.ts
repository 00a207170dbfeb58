import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { topicPath } from "@/lib/urls/reader-paths";
import { rssFeedXml, topicFeedPath } from "@/lib/seo/feed-xml";
import { xmlResponse } from "@/lib/seo/sitemap-xml";
import { slugFromParam } from "@/lib/urls/slug";
import { getFeedStories } from "@/lib/stories/story-lists";
import { feedNoteLine } from "@/lib/seo/reader-feeds";
import { findCurrentTopicSlug, findTopicBySlug } from "@/lib/topics/topic-queries";

export const dynamic = "force-dynamic";

/** A topic's feed in one locale; a renamed or merged topic's old feed redirects. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/[locale]/tags/[slug]/feed.xml">,
): Promise<Response> {
  const { locale, slug: slugParam } = await params;
  const slug = slugFromParam(slugParam);
  if (!hasLocale(routing.locales, locale) || slug === null) return new Response("Not found", { status: 404 });
  const topic = await findTopicBySlug(locale, slug);
  const name = topic?.names[locale];
  if (!topic || !name) {
    const current = await findCurrentTopicSlug(locale, slug);
    if (!current) return new Response("Not found", { status: 404 });
    return new Response(null, { status: 308, headers: { location: topicFeedPath(locale, current) } });
  }
  const { stories } = await getFeedStories(locale, { topicId: topic.id });
  if (stories.length === 0) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const xml = rssFeedXml({
    locale,
    title: t("topicTitle", { topic: name.name }),
    description: t("tagline"),
    pagePath: topicPath(locale, name.slug),
    feedPath: topicFeedPath(locale, name.slug),
    stories,
    copyright: t("siteName"),
    noteLine: await feedNoteLine(locale),
  });
  return xmlResponse(xml, 300, "application/rss+xml; charset=utf-8");
}
