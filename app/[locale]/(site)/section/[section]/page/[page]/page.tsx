import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { AppLocale } from "@/i18n/routing";
import { pageFromParam, sectionPath } from "@/lib/paths";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { readerFeeds } from "@/lib/seo/reader-feeds";
import { slugFromParam } from "@/lib/slug";
import { getSectionPage } from "@/lib/stories/section-page-data";
import { resolveLocale } from "@/lib/request-locale";
import { SectionScreen } from "@/components/screens/section-screen";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ locale: string; section: string; page: string }> };

async function load({ params }: Params) {
  const locale = await resolveLocale(params);
  const { section, page: pageParam } = await params;
  const slug = slugFromParam(section);
  const page = pageFromParam(pageParam);
  const data = slug === null || page === null ? null : await getSectionPage(locale, slug, page);
  return { locale, data };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { locale, data } = await load(props);
  if (!data) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  // The other language's page N of the same section, when it has one.
  const others = [];
  for (const [other, slug] of Object.entries(data.slugs) as [AppLocale, string][]) {
    if (other !== locale && (await getSectionPage(other, slug, data.page))) {
      others.push({ locale: other, path: sectionPath(other, slug, data.page) });
    }
  }
  return listingMetadata({
    // The message places the comma, so Arabic gets its own «،».
    title: t("pagedTitle", { title: data.section.name, page: data.page }),
    description: data.section.name,
    self: { locale, path: sectionPath(locale, data.section.slug, data.page) },
    others,
    feeds: await readerFeeds(locale, data.section),
  });
}

export default async function SectionPageN(props: Params) {
  const { locale, data } = await load(props);
  if (!data) notFound();
  return <SectionScreen locale={locale} data={data} />;
}
