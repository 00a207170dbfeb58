import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";

/** "Live" beside a headline while the coverage runs. */
export async function LiveBadge({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Live" });
  return <span className="live-badge">{t("badge")}</span>;
}
