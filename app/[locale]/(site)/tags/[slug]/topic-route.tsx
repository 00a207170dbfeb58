import type { Locale } from "next-intl";
// What a topic's first page and its page N share: loading, the old-slug
// redirect, metadata with language pairs, and the screen.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, permanentRedirect } from "next/navigation";
import { listingRouteParams } from "@/lib/urls/listing-route-params";
import { topicPath } from "@/lib/urls/reader-paths";
import { listingPairs } from "@/lib/seo/listing-pairs";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { readerFeeds } from "@/lib/seo/reader-feeds";
import { slugFromParam } from "@/lib/urls/slug";
import { getCurrentTopicSlug, getTopicPage } from "@/lib/topics/topic-page-data";
import { TopicScreen } from "@/components/screens/topic-screen";

export async function loadTopicRoute(locale: Locale, slugParam: string, page: number | null) {
  const slug = slugFromParam(slugParam);
  const data = slug === null || page === null ? null : await getTopicPage(locale, slug, page);
  return { slug, page, data };
}

export async function topicRouteMetadata(
  locale: Locale,
  slugParam: string,
  page: number | null,
): Promise<Metadata> {
  const { data } = await loadTopicRoute(locale, slugParam, page);
  if (!data) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const others = await listingPairs({
    locale,
    page: data.page,
    slugs: data.slugs,
    pathFor: topicPath,
    hasPage: async (other, slug, page) => (await getTopicPage(other, slug, page)) !== null,
  });
  const title = t("topicTitle", { topic: data.topic.name });
  return listingMetadata({
    // The message places the comma, so Arabic gets its own «،».
    title: data.page > 1 ? t("pagedTitle", { title, page: data.page }) : title,
    description: title,
    self: { locale, path: topicPath(locale, data.topic.slug, data.page) },
    others,
    feeds: await readerFeeds(locale, undefined, data.topic),
  });
}

export async function TopicRoute({
  locale,
  slugParam,
  page,
}: {
  locale: Locale;
  slugParam: string;
  page: number | null;
}) {
  const { slug, data } = await loadTopicRoute(locale, slugParam, page);
  if (!data) {
    // A renamed or merged topic's old slug leads to where its stories are now.
    const current = slug === null || page === null ? null : await getCurrentTopicSlug(locale, slug);
    if (current) permanentRedirect(topicPath(locale, current, page ?? 1));
    notFound();
  }
  return <TopicScreen locale={locale} data={data} />;
}

// Page 2 and later re-export this page.
type Props = PageProps<"/[locale]/tags/[slug]"> | PageProps<"/[locale]/tags/[slug]/page/[page]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await listingRouteParams(params);
  return topicRouteMetadata(locale, slug, page);
}

export default async function TopicPage({ params }: Props) {
  const { locale, slug, page } = await listingRouteParams(params);
  return <TopicRoute locale={locale} slugParam={slug} page={page} />;
}
