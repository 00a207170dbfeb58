import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getComments } from "@/lib/comments/comment-list";
import { otherLocale } from "@/lib/locale/locale-facts";
import { homePath, pageFromParam, storyPath } from "@/lib/urls/reader-paths";
import { slugFromParam } from "@/lib/urls/slug";
import { getStoryPage } from "@/lib/stories/story-page-data";
import { resolveLocale } from "@/lib/locale/request-locale";
import { CommentsSection } from "@/components/comments/comments-section";
import { PageShell } from "@/components/page-shell";
import { countRender } from "@/lib/metrics/registry";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = PageProps<"/[locale]/story/[slug]/comments/[page]">;

// Later pages of a long comment thread (the story page shows the first 50).
// Never indexed: the story page is the one search engines should find.
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Comments" });
  const page = pageFromParam((await params).page) ?? 1;
  return { title: t("pageTitle", { page }), robots: { index: false, follow: true } };
}

export default async function CommentsPage({ params }: Params) {
  countRender("comment-page");
  const locale = await resolveLocale(params);
  const { slug: slugParam, page: pageParam } = await params;
  const slug = slugFromParam(slugParam);
  const page = pageFromParam(pageParam);
  const story = slug === null ? null : await getStoryPage(locale, slug);
  if (!story || page === null) notFound();
  // The same cached entry the section below reads.
  if (page > (await getComments(story.storyId, locale, page)).pageCount) notFound();
  return (
    <PageShell locale={locale} switchHref={homePath(otherLocale(locale))}>
      <p>
        <a href={storyPath(locale, story.slug)}>{story.headline}</a>
      </p>
      <CommentsSection storyId={story.storyId} locale={locale} slug={story.slug} page={page} />
    </PageShell>
  );
}
