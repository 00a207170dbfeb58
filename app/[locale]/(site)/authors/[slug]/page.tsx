import type { Metadata } from "next";
import { pageFromParam } from "@/lib/paths";
import { resolveLocale } from "@/lib/request-locale";
import { AuthorRoute, authorRouteMetadata } from "@/app/[locale]/(site)/authors/[slug]/author-route";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

// Also the page of /authors/[slug]/page/[page], which adds `page`.
type Params = { params: Promise<{ locale: string; slug: string; page?: string }> };

const pageOf = (param: string | undefined) => (param === undefined ? 1 : pageFromParam(param));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, page } = await params;
  return authorRouteMetadata(await resolveLocale(params), slug, pageOf(page));
}

export default async function AuthorPage({ params }: Params) {
  const { slug, page } = await params;
  return <AuthorRoute locale={await resolveLocale(params)} keyParam={slug} page={pageOf(page)} />;
}
