import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { sectionPath } from "@/lib/urls/reader-paths";
import { feedPath, rssFeedXml } from "@/lib/seo/feed-xml";
import { xmlResponse } from "@/lib/seo/sitemap-xml";
import { slugFromParam } from "@/lib/urls/slug";
import { findSectionBySlug, findSectionSuccessor } from "@/lib/stories/sections";
import { getFeedStories } from "@/lib/stories/story-lists";
import { feedNoteLine } from "@/lib/seo/reader-feeds";

export const dynamic = "force-dynamic";

/** A section's feed in one locale; a renamed or retired section's old feed redirects. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/[locale]/section/[section]/feed.xml">,
): Promise<Response> {
  const { locale, section: sectionParam } = await params;
  const slug = slugFromParam(sectionParam);
  if (!hasLocale(routing.locales, locale) || slug === null) return new Response("Not found", { status: 404 });
  const section = await findSectionBySlug(locale, slug);
  const name = section?.names[locale];
  if (!section || !name) {
    // A renamed section's old feed leads to its new one, a retired section's to the language's feed.
    const successor = await findSectionSuccessor(locale, slug);
    if (!successor) return new Response("Not found", { status: 404 });
    const location = feedPath(locale, successor.slug ?? undefined);
    return new Response(null, { status: 308, headers: { location } });
  }
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const { stories } = await getFeedStories(locale, { sectionId: section.id });
  const xml = rssFeedXml({
    locale,
    title: t("sectionTitle", { section: name.name }),
    description: t("tagline"),
    pagePath: sectionPath(locale, name.slug),
    feedPath: feedPath(locale, name.slug),
    stories,
    copyright: t("siteName"),
    noteLine: await feedNoteLine(locale),
  });
  return xmlResponse(xml, 300, "application/rss+xml; charset=utf-8");
}
