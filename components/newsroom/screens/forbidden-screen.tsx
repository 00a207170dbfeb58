import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { withValues } from "@/i18n/with-values";
import { viewerGender } from "@/lib/newsroom/people/viewer-gender";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";

/** "Not allowed", with the way back to the newsroom. */
export async function ForbiddenScreen({ locale }: { locale: Locale }) {
  const t = withValues(await getTranslations({ locale, namespace: "Newsroom.forbidden" }), {
    viewerGender: await viewerGender(),
  });
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
