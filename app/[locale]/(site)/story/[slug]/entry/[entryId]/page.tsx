import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { idOrNull } from "@/lib/forms/form-values";
import { getLiveEntry } from "@/lib/live/live-page-data";
import { otherLocale } from "@/lib/locale/locale-facts";
import { resolveLocale } from "@/lib/locale/request-locale";
import { liveEntryMetadata } from "@/lib/seo/live-entry-metadata";
import { getStoryPage } from "@/lib/stories/story-page-data";
import { homePath, liveEntryAnchor, liveEntryPath, storyPath } from "@/lib/urls/reader-paths";
import { slugFromParam } from "@/lib/urls/slug";
import { LiveBadge } from "@/components/live/live-badge";
import { LiveEntry } from "@/components/live/live-entry";
import { PageShell } from "@/components/page-shell";
import { countRender } from "@/lib/metrics/registry";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = PageProps<"/[locale]/story/[slug]/entry/[entryId]">;

// One entry of a live page, as shared: the entry first, then the way to
// the whole coverage, where it sits under the same anchor.
async function load({ params }: Params) {
  const locale = await resolveLocale(params);
  const { slug: slugParam, entryId: idParam } = await params;
  const slug = slugFromParam(slugParam);
  const entryId = idOrNull(idParam);
  const story = slug === null || entryId === null ? null : await getStoryPage(locale, slug);
  const entry = story?.kind === "live" ? await getLiveEntry(story.storyId, locale, entryId!) : null;
  // The same entry in the other language, once translated and published there.
  const version = story?.otherVersions.find((v) => v.locale === otherLocale(locale));
  const translated = entry && version && (await getLiveEntry(story!.storyId, version.locale, entry.id));
  const other = translated
    ? { locale: version.locale, path: liveEntryPath(version.locale, version.slug, entry.id) }
    : null;
  return { locale, story, entry, other, version };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { locale, story, entry, other } = await load(props);
  if (!story || !entry) return {};
  const t = await getTranslations({ locale, namespace: "Live" });
  return liveEntryMetadata(story, entry, (parts) => t("entryPageTitle", parts), other);
}

export default async function LiveEntryPage(props: Params) {
  countRender("live-entry");
  const { locale, story, entry, other, version } = await load(props);
  if (!story || !entry) notFound();
  const t = await getTranslations({ locale, namespace: "Live" });
  const fallback = version ? storyPath(version.locale, version.slug) : homePath(otherLocale(locale));
  return (
    <PageShell locale={locale} switchHref={other?.path ?? fallback}>
      <p className="live-permalink__context">
        {story.live ? <LiveBadge locale={locale} /> : null} {t("oneUpdate")}
      </p>
      <h1 className="live-page-title">{story.headline}</h1>
      <LiveEntry entry={entry} locale={locale} slug={story.slug} headingLevel="h2" />
      <p className="live-permalink__all">
        <a href={`${storyPath(locale, story.slug)}#${liveEntryAnchor(entry.id)}`}>{t("allUpdates")}</a>
      </p>
    </PageShell>
  );
}
