import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isListFirstPagePath } from "@/lib/urls/list-page-paths";
import { resolveLocale } from "@/lib/locale/request-locale";
import { NotFoundScreen } from "@/components/screens/not-found-screen";

// The 404 of a list page past the list's end (/en/page/99999,
// /ar/tags/…/page/500), sent by the server (scripts/server/
// localized-not-found.ts) with the list's first page in `first`. Rendered
// per request, as it depends on that; anything in `first` but the first page
// of a list in this locale is ignored.
type Props = PageProps<"/[locale]/page-not-found/list">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "NotFound" });
  return { title: t("pastTheEnd.title"), robots: { index: false } };
}

export default async function ListPageNotFound({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { first } = await searchParams;
  const listHref = typeof first === "string" && isListFirstPagePath(locale, first) ? first : undefined;
  return <NotFoundScreen locale={locale} listHref={listHref} />;
}
