import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { otherLocale } from "@/lib/locale/locale-facts";
import { homePath } from "@/lib/urls/reader-paths";
import { PageShell } from "@/components/page-shell";

/** The localized 404; `listHref`, for a page past a list's end, links to that list's first page. */
export async function NotFoundScreen({ locale, listHref }: { locale: Locale; listHref?: string }) {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <PageShell locale={locale} switchHref={homePath(otherLocale(locale))}>
      <div className="bare-page">
        <h1>{listHref ? t("pastTheEnd.title") : t("title")}</h1>
        <p>{listHref ? t("pastTheEnd.body") : t("body")}</p>
        {listHref ? (
          <p>
            <a href={listHref}>{t("pastTheEnd.firstPage")}</a>
          </p>
        ) : null}
        <p>
          <a href={homePath(locale)}>{t("backHome")}</a>
        </p>
      </div>
    </PageShell>
  );
}
