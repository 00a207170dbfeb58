import type { Metadata } from "next";
import { resolveLocale } from "@/lib/request-locale";
import { AuthorRoute, authorRouteMetadata } from "@/app/[locale]/(site)/authors/[slug]/author-route";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return authorRouteMetadata(await resolveLocale(params), (await params).slug, 1);
}

export default async function AuthorPage({ params }: Params) {
  return <AuthorRoute locale={await resolveLocale(params)} keyParam={(await params).slug} page={1} />;
}
