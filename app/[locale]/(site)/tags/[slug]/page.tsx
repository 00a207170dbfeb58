import type { Metadata } from "next";
import { pageFromParam } from "@/lib/paths";
import { resolveLocale } from "@/lib/request-locale";
import { TopicRoute, topicRouteMetadata } from "@/app/[locale]/(site)/tags/[slug]/topic-route";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

// Also the page of /tags/[slug]/page/[page], which adds `page`.
type Params = { params: Promise<{ locale: string; slug: string; page?: string }> };

const pageOf = (param: string | undefined) => (param === undefined ? 1 : pageFromParam(param));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, page } = await params;
  return topicRouteMetadata(await resolveLocale(params), slug, pageOf(page));
}

export default async function TopicPage({ params }: Params) {
  const { slug, page } = await params;
  return <TopicRoute locale={await resolveLocale(params)} slugParam={slug} page={pageOf(page)} />;
}
