import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { otherLocale } from "@/lib/locale/locale-facts";
import { homePath, pageFromParam } from "@/lib/urls/reader-paths";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { readerFeeds } from "@/lib/seo/reader-feeds";
import { getHomePage } from "@/lib/stories/section-page-data";
import { resolveLocale } from "@/lib/locale/request-locale";
import { HomeScreen } from "@/components/screens/home-screen";
import { countRender } from "@/lib/metrics/registry";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = PageProps<"/[locale]/page/[page]">;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const page = pageFromParam((await params).page);
  if (page === null || !(await getHomePage(locale, page))) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  // Page N of the other language's front page is this page's counterpart
  // when it exists, as the front pages themselves are.
  const other = otherLocale(locale);
  const otherHasPage = (await getHomePage(other, page)) !== null;
  return listingMetadata({
    // The message places the comma, so Arabic gets its own «،».
    title: t("pagedTitle", { title: t("homeTitle"), page }),
    description: t("tagline"),
    self: { locale, path: homePath(locale, page) },
    others: otherHasPage ? [{ locale: other, path: homePath(other, page) }] : [],
    feeds: await readerFeeds(locale),
  });
}

export default async function HomePageN({ params }: Params) {
  countRender("list");
  const locale = await resolveLocale(params);
  const page = pageFromParam((await params).page);
  const latest = page === null ? null : await getHomePage(locale, page);
  if (!latest) notFound();
  return <HomeScreen locale={locale} latest={latest} />;
}
