import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { homePath, pageFromParam } from "@/lib/paths";
import { getHomePage } from "@/lib/stories/section-page-data";
import { resolveLocale } from "@/lib/request-locale";
import { HomeScreen } from "@/components/screens/home-screen";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ locale: string; page: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const page = pageFromParam((await params).page) ?? 1;
  return {
    title: `${t("homeTitle")}, ${t("pageSuffix", { page })}`,
    alternates: { canonical: homePath(locale, page) },
  };
}

export default async function HomePageN({ params }: Params) {
  const locale = await resolveLocale(params);
  const page = pageFromParam((await params).page);
  const latest = page === null ? null : await getHomePage(locale, page);
  if (!latest) notFound();
  return <HomeScreen locale={locale} latest={latest} />;
}
