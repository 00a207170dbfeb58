import type { Metadata } from "next";
import { pageFromParam } from "@/lib/paths";
import { resolveLocale } from "@/lib/request-locale";
import { AuthorRoute, authorRouteMetadata } from "@/app/[locale]/(site)/authors/[slug]/author-route";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ locale: string; slug: string; page: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, page } = await params;
  return authorRouteMetadata(await resolveLocale(params), slug, pageFromParam(page));
}

export default async function AuthorPageN({ params }: Params) {
  const { slug, page } = await params;
  return <AuthorRoute locale={await resolveLocale(params)} keyParam={slug} page={pageFromParam(page)} />;
}
