import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { sectionMetadata } from "@/lib/seo/section-metadata";
import { sectionPageFromParams } from "@/lib/stories/section-page-data";
import { SectionScreen } from "@/components/screens/section-screen";
import { countRender } from "@/lib/metrics/registry";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

// Also the page of /section/[section]/page/[page], which adds `page`.
// Page 2 and later re-export this page.
type Params = PageProps<"/[locale]/section/[section]"> | PageProps<"/[locale]/section/[section]/page/[page]">;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, data } = await sectionPageFromParams(params);
  return data ? sectionMetadata(locale, data) : {};
}

export default async function SectionPage({ params }: Params) {
  countRender("list");
  const { locale, data, redirect } = await sectionPageFromParams(params);
  if (redirect) permanentRedirect(redirect);
  if (!data) notFound();
  return <SectionScreen locale={locale} data={data} />;
}
