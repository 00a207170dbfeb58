import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { idOrNull } from "@/lib/form-values";
import { otherLocale } from "@/lib/locale-facts";
import { requirePage } from "@/lib/newsroom/guard";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { homePath } from "@/lib/paths";
import { resolveLocale } from "@/lib/request-locale";
import { loadStoryPage } from "@/lib/stories/story-page-data";
import { PageShell } from "@/components/page-shell";
import { StoryArticle } from "@/components/story-article";

type Props = { params: Promise<{ locale: string; storyId: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

// A language version exactly as readers will see it, whatever its status;
// for newsroom members only, never cached, never indexed.
export default async function PreviewPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { storyId: idParam } = await params;
  const storyId = idOrNull(idParam);
  if (storyId === null) notFound();
  await requirePage(locale, { type: "translation.preview", locale }, `/${locale}/preview/${storyId}`);
  const story = await loadStoryPage(storyId, locale, { unpublished: true });
  if (!story) notFound();
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
