import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { otherLocale } from "@/lib/locale/locale-facts";
import { homePath, sectionPath } from "@/lib/urls/reader-paths";
import type { SectionPage } from "@/lib/stories/story-types";
import { PageShell } from "@/components/page-shell";
import { Pagination } from "@/components/pagination";
import { StoryList } from "@/components/story-list";

export async function SectionScreen({ locale, data }: { locale: Locale; data: SectionPage }) {
  const t = await getTranslations({ locale, namespace: "Section" });
  const other = otherLocale(locale);
  const otherSlug = data.slugs[other];
  return (
    <PageShell
      locale={locale}
      switchHref={otherSlug ? sectionPath(other, otherSlug) : homePath(other)}
      currentSectionSlug={data.section.slug}
    >
      <h1 className="section-heading">{t("heading", { section: data.section.name })}</h1>
      {data.stories.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <StoryList stories={data.stories} locale={locale} headingLevel="h2" opensPage />
      )}
      <Pagination
        locale={locale}
        page={data.page}
        pageCount={data.pageCount}
        hrefFor={(page) => sectionPath(locale, data.section.slug, page)}
      />
    </PageShell>
  );
}
