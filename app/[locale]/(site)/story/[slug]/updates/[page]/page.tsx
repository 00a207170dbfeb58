import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getLiveEntries } from "@/lib/live/live-page-data";
import { otherLocale } from "@/lib/locale/locale-facts";
import { resolveLocale } from "@/lib/locale/request-locale";
import { getStoryPage } from "@/lib/stories/story-page-data";
import { homePath, liveUpdatesPath, pageFromParam, storyPath } from "@/lib/urls/reader-paths";
import { languageAlternates } from "@/lib/seo/language-alternates";
import { slugFromParam } from "@/lib/urls/slug";
import { LiveCoverage } from "@/components/live/live-coverage";
import { ShareBar } from "@/components/share/share-bar";
import { PageShell } from "@/components/page-shell";
import { countRender } from "@/lib/metrics/registry";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = PageProps<"/[locale]/story/[slug]/updates/[page]">;

// Older entries of a live page, for readers without JavaScript and for
// anyone arriving late. Never indexed: the live page is the one to find.
async function load({ params }: Params) {
  const locale = await resolveLocale(params);
  const { slug: slugParam, page: pageParam } = await params;
  const slug = slugFromParam(slugParam);
  const page = pageFromParam(pageParam);
  const story = slug === null || page === null ? null : await getStoryPage(locale, slug);
  const entries = story?.kind === "live" ? await getLiveEntries(story.storyId, locale, page!) : null;
  return { locale, story, entries };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { locale, story, entries } = await load(props);
  if (!story || !entries) return {};
  const t = await getTranslations({ locale, namespace: "Live" });
  return {
    title: t("updatesPageTitle", { headline: story.headline, page: entries.page }),
    robots: { index: false, follow: true },
    // Each language pages its own entries: page 2 in one is not page 2 in the other.
    alternates: languageAlternates({ locale, path: liveUpdatesPath(locale, story.slug, entries.page) }, []),
  };
}

export default async function LiveUpdatesPage(props: Params) {
  countRender("live-updates");
  const { locale, story, entries } = await load(props);
  if (!story || !entries) notFound();
  const other = story.otherVersions.find((version) => version.locale === otherLocale(locale));
  return (
    <PageShell
      locale={locale}
      switchHref={other ? storyPath(other.locale, other.slug) : homePath(otherLocale(locale))}
    >
      <h1 className="live-page-title">
        <a href={storyPath(locale, story.slug)}>{story.headline}</a>
      </h1>
      {/* The live page is what a reader shares, not page N of its older entries. */}
      <ShareBar locale={locale} slug={story.slug} headline={story.headline} />
      <LiveCoverage locale={locale} story={story} entries={entries} />
    </PageShell>
  );
}
