import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  return (
    <footer className="site-footer">
      <p>{t("footerNote")}</p>
      <p>{t("copyright", { year: new Date().getFullYear() })}</p>
    </footer>
  );
}
