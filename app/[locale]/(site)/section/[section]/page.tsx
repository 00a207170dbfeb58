import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { AppLocale } from "@/i18n/routing";
import { sectionPath } from "@/lib/paths";
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

type Params = { params: Promise<{ locale: string; section: string }> };

async function load({ params }: Params) {
  const locale = await resolveLocale(params);
  const slug = slugFromParam((await params).section);
  const data = slug === null ? null : await getSectionPage(locale, slug, 1);
  return { locale, data };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { locale, data } = await load(props);
  if (!data) return {};
  const others = (Object.entries(data.slugs) as [AppLocale, string][])
    .filter(([other]) => other !== locale)
    .map(([other, slug]) => ({ locale: other, path: sectionPath(other, slug) }));
  return listingMetadata({
    title: data.section.name,
    description: data.section.name,
    self: { locale, path: sectionPath(locale, data.section.slug) },
    others,
    feeds: await readerFeeds(locale, data.section),
  });
}

export default async function SectionPage(props: Params) {
  const { locale, data } = await load(props);
  if (!data) notFound();
  return <SectionScreen locale={locale} data={data} />;
}
