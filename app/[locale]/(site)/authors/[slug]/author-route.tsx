import type { Locale } from "next-intl";
// What an author's first page and page N share: loading, metadata with
// language pairs and the profile's structured data, and the screen.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { listingRouteParams } from "@/lib/urls/listing-route-params";
import { getAuthorPage } from "@/lib/authors/author-page-data";
import { authorPath } from "@/lib/urls/reader-paths";
import { authorStructuredData } from "@/lib/seo/author-structured-data";
import { listingPairs } from "@/lib/seo/listing-pairs";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { readerFeeds } from "@/lib/seo/reader-feeds";
import { slugFromParam } from "@/lib/urls/slug";
import { JsonLd } from "@/components/json-ld";
import { AuthorScreen } from "@/components/screens/author-screen";

async function loadAuthorRoute(locale: Locale, keyParam: string, page: number | null) {
  const key = slugFromParam(keyParam);
  return key === null || page === null ? null : getAuthorPage(locale, key, page);
}

export async function authorRouteMetadata(
  locale: Locale,
  keyParam: string,
  page: number | null,
): Promise<Metadata> {
  const data = await loadAuthorRoute(locale, keyParam, page);
  if (!data) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const others = await listingPairs({
    locale,
    page: data.page,
    slugs: Object.fromEntries(data.locales.map((each) => [each, data.key])),
    pathFor: authorPath,
    hasPage: async (other, key, n) => (await getAuthorPage(other, key, n)) !== null,
  });
  const title = t("authorTitle", { author: data.name });
  return listingMetadata({
    title: data.page > 1 ? t("pagedTitle", { title, page: data.page }) : title,
    description: data.bio || title,
    self: { locale, path: authorPath(locale, data.key, data.page) },
    others,
    feeds: await readerFeeds(locale),
  });
}

export async function AuthorRoute(props: { locale: Locale; keyParam: string; page: number | null }) {
  const data = await loadAuthorRoute(props.locale, props.keyParam, props.page);
  if (!data) notFound();
  return (
    <>
      <AuthorScreen locale={props.locale} data={data} />
      <JsonLd data={authorStructuredData(props.locale, data)} />
    </>
  );
}

// Page 2 and later re-export this page.
type Props = PageProps<"/[locale]/authors/[slug]"> | PageProps<"/[locale]/authors/[slug]/page/[page]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await listingRouteParams(params);
  return authorRouteMetadata(locale, slug, page);
}

export default async function AuthorPage({ params }: Props) {
  const { locale, slug, page } = await listingRouteParams(params);
  return <AuthorRoute locale={locale} keyParam={slug} page={page} />;
}
