import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { newsroomPaths } from "@/lib/newsroom/paths";

/** "Not allowed", with the way back to the newsroom. */
export async function ForbiddenScreen({ locale }: { locale: AppLocale }) {
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
