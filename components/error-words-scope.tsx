import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { homePath } from "@/lib/urls/reader-paths";
import { ErrorWordsProvider } from "@/components/error-words";

/** Gives the segment's error boundary its words, and a way back to the site's or the newsroom's front page. */
export async function ErrorWordsScope({
  locale,
  area,
  children,
}: {
  locale: Locale;
  area: "site" | "newsroom";
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "Error" });
  const home =
    area === "site"
      ? { href: homePath(locale), label: t("backHome") }
      : { href: newsroomPaths.home(locale), label: t("backNewsroom") };
  const words = {
    title: t("title"),
    body: t("body"),
    staleTitle: t("staleTitle"),
    staleBody: t("staleBody"),
    retry: t("retry"),
    home,
  };
  return <ErrorWordsProvider words={words}>{children}</ErrorWordsProvider>;
}
