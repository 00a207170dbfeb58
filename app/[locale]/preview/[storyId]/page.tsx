import type { Locale } from "next-intl";
// The story as readers see it, under the newsroom's banner.
import "@/app/styles/reading-styles";
import "@/app/styles/newsroom.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { idOrNull } from "@/lib/forms/form-values";
import { otherLocale } from "@/lib/locale/locale-facts";
import { requirePage } from "@/lib/newsroom/access/guard";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { homePath } from "@/lib/urls/reader-paths";
import { resolveLocale } from "@/lib/locale/request-locale";
import { loadStoryPage } from "@/lib/stories/story-page-data";
import { PageShell } from "@/components/page-shell";
import { StoryArticle } from "@/components/story-article";

type Props = PageProps<"/[locale]/preview/[storyId]">;

// Metadata and page share one load per request; both check the member first,
// so a headline never reaches a visitor who may not preview it.
const loadPreview = cache(async (locale: Locale, idParam: string) => {
  const storyId = idOrNull(idParam);
  if (storyId === null) notFound();
  await requirePage(locale, { type: "translation.preview", locale }, `/${locale}/preview/${storyId}`);
  const story = await loadStoryPage(storyId, locale, { unpublished: true });
  if (!story) notFound();
  return { locale, storyId, story };
});

async function preview(params: Props["params"]) {
  return loadPreview(await resolveLocale(params), (await params).storyId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, story } = await preview(params);
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  return { title: t("preview.title", { headline: story.headline }), robots: { index: false, follow: false } };
}

// A language version exactly as readers will see it, whatever its status;
// for newsroom members only, never cached, never indexed.
export default async function PreviewPage({ params }: Props) {
  const { locale, storyId, story } = await preview(params);
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  return (
    <PageShell
      locale={locale}
      switchHref={homePath(otherLocale(locale))}
      currentSectionSlug={story.section.slug}
    >
      <p className="preview-banner" role="note">
        {t("preview.banner")} <a href={newsroomPaths.story(locale, storyId)}>{t("preview.back")}</a>
      </p>
      <StoryArticle story={story} locale={locale} />
    </PageShell>
  );
}
