import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/locale/request-locale";
import { NotFoundScreen } from "@/components/screens/not-found-screen";

// The localized 404 screen as a plain page. Next 16 production builds do
// not server-render not-found boundaries (vercel/next.js#98295), so the
// server (scripts/serve.ts) sends this page's HTML with every 404.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = PageProps<"/[locale]/page-not-found">;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "NotFound" });
  return { title: t("title"), robots: { index: false } };
}

export default async function PageNotFound({ params }: Params) {
  const locale = await resolveLocale(params);
  return <NotFoundScreen locale={locale} />;
}
