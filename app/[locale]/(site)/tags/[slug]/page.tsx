import type { Metadata } from "next";
import { resolveLocale } from "@/lib/request-locale";
import { TopicRoute, topicRouteMetadata } from "@/app/[locale]/(site)/tags/[slug]/topic-route";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return topicRouteMetadata(await resolveLocale(params), (await params).slug, 1);
}

export default async function TopicPage({ params }: Params) {
  return <TopicRoute locale={await resolveLocale(params)} slugParam={(await params).slug} page={1} />;
}
