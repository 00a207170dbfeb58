import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { otherLocale } from "@/lib/locale-facts";
import { homePath } from "@/lib/paths";
import { PageShell } from "@/components/page-shell";

export async function NotFoundScreen({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <PageShell locale={locale} switchHref={homePath(otherLocale(locale))}>
      <div className="bare-page">
        <h1>{t("title")}</h1>
        <p>{t("body")}</p>
        <p>
          <a href={homePath(locale)}>{t("backHome")}</a>
        </p>
      </div>
    </PageShell>
  );
}
