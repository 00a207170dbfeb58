import type { Metadata } from "next";
import { notFound } from "next/navigation";
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
  const { data } = await load(props);
  return data ? { title: data.section.name } : {};
}

export default async function SectionPage(props: Params) {
  const { locale, data } = await load(props);
  if (!data) notFound();
  return <SectionScreen locale={locale} data={data} />;
}
