import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

export async function SiteFooter({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  return (
    <footer className="site-footer">
      <p>{t("footerNote")}</p>
      <p>{t("copyright", { year: new Date().getFullYear() })}</p>
    </footer>
  );
}
