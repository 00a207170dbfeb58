import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { readerFormat } from "@/lib/format/reader-format";

export async function SiteFooter({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const year = readerFormat.year(new Date(), locale);
  return (
    <footer className="site-footer">
      <p>{t("footerNote")}</p>
      <p>{t("copyright", { year })}</p>
    </footer>
  );
}
