import { getTranslations } from "next-intl/server";
import { hasLocale } from "next-intl";
import { locale as rootLocale } from "next/root-params";
import { routing } from "@/i18n/routing";
import { newsroomPaths } from "@/lib/newsroom/paths";

// Shown with a 403 when a signed-in member lacks the role for a page.
export default async function NewsroomForbidden() {
  const requested: unknown = await rootLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "Newsroom.forbidden" });
  return (
    <section className="newsroom-narrow">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <a href={newsroomPaths.home(locale)}>{t("back")}</a>
      </p>
    </section>
  );
}
