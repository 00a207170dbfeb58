import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { otherLocale } from "@/lib/locale/locale-facts";
import { homePath, storyPath } from "@/lib/urls/reader-paths";
import { readerFeeds } from "@/lib/seo/reader-feeds";
import { storyMetadata } from "@/lib/seo/story-metadata";
import { slugFromParam } from "@/lib/urls/slug";
import { getCurrentSlug } from "@/lib/stories/slug-redirects";
import { getStoryPage } from "@/lib/stories/story-page-data";
import { getRelatedStories } from "@/lib/stories/related-stories";
import { getLiveEntries } from "@/lib/live/live-page-data";
import { getMostRead } from "@/lib/reads/most-read";
import { resolveLocale } from "@/lib/locale/request-locale";
import { PageShell } from "@/components/page-shell";
import { StoryJsonLd } from "@/components/story-json-ld";
import { StoryArticle } from "@/components/story-article";
import { LiveCoverage } from "@/components/live/live-coverage";
import { CommentsSection } from "@/components/comments/comments-section";
import { RelatedStories } from "@/components/related-stories";
import { MostRead } from "@/components/most-read";
import { ReadBeacon } from "@/components/read-beacon";
import { countRender } from "@/lib/metrics/registry";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = PageProps<"/[locale]/story/[slug]">;

async function load({ params }: Params) {
  const locale = await resolveLocale(params);
  const slug = slugFromParam((await params).slug);
  const story = slug === null ? null : await getStoryPage(locale, slug);
  return { locale, story };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { story } = await load(props);
  return story ? storyMetadata(story, await readerFeeds(story.locale, story.section)) : {};
}

export default async function StoryPage(props: Params) {
  countRender("story");
  const { locale, story } = await load(props);
  if (!story) {
    const slug = slugFromParam((await props.params).slug);
    const current = slug === null ? null : await getCurrentSlug(locale, slug);
    if (current) permanentRedirect(storyPath(locale, current));
    notFound();
  }
  const other = story.otherVersions.find((version) => version.locale === otherLocale(locale));
  const live = story.kind === "live" ? await getLiveEntries(story.storyId, locale, 1) : null;
  return (
    <PageShell
      locale={locale}
      switchHref={other ? storyPath(other.locale, other.slug) : homePath(otherLocale(locale))}
      currentSectionSlug={story.section.slug}
    >
      <div className="story-layout">
        <div className="story-layout__main">
          <StoryArticle story={story} locale={locale} shareable />
          {live ? <LiveCoverage locale={locale} story={story} entries={live} /> : null}
          <RelatedStories stories={await getRelatedStories(story.storyId, locale)} locale={locale} />
          <CommentsSection storyId={story.storyId} locale={locale} slug={story.slug} />
        </div>
        <aside className="story-layout__aside">
          <MostRead stories={await getMostRead(locale)} locale={locale} />
        </aside>
      </div>
      <ReadBeacon storyId={story.storyId} locale={locale} />
      <StoryJsonLd story={story} locale={locale} live={live} />
    </PageShell>
  );
}
