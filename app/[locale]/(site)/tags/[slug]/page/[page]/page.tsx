import type { Metadata } from "next";
import { pageFromParam } from "@/lib/paths";
import { resolveLocale } from "@/lib/request-locale";
import { TopicRoute, topicRouteMetadata } from "@/app/[locale]/(site)/tags/[slug]/topic-route";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ locale: string; slug: string; page: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, page } = await params;
  return topicRouteMetadata(await resolveLocale(params), slug, pageFromParam(page));
}

export default async function TopicPageN({ params }: Params) {
  const { slug, page } = await params;
  return <TopicRoute locale={await resolveLocale(params)} slugParam={slug} page={pageFromParam(page)} />;
}
