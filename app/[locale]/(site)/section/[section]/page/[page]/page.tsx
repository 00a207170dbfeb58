import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageFromParam, sectionPath } from "@/lib/paths";
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
  return data
    ? {
        title: data.section.name,
        alternates: { canonical: sectionPath(locale, data.section.slug, data.page) },
      }
    : {};
}

export default async function SectionPageN(props: Params) {
  const { locale, data } = await load(props);
  if (!data) notFound();
  return <SectionScreen locale={locale} data={data} />;
}
