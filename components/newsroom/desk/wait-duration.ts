import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";

/**
 * A wait in words, to the two largest units that matter: "45 minutes",
 * "2 hours 15 minutes", "3 days 4 hours" («ساعتان و15 دقيقة»).
 */
export async function waitFormatter(locale: Locale): Promise<(seconds: number) => string> {
  const t = await getTranslations({ locale, namespace: "Newsroom.desk.duration" });
  const pair = (larger: string, smaller: string) => t("pair", { larger, smaller });
  return (seconds) => {
    if (seconds < 60) return t("lessThanMinute");
    const minutes = Math.round(seconds / 60);
    if (minutes < 60) return t("minutes", { n: minutes });
    const hours = Math.floor(minutes / 60);
    if (hours < 48) {
      const rest = minutes % 60;
      return rest ? pair(t("hours", { n: hours }), t("minutes", { n: rest })) : t("hours", { n: hours });
    }
    const days = Math.floor(hours / 24);
    const rest = hours % 24;
    return rest ? pair(t("days", { n: days }), t("hours", { n: rest })) : t("days", { n: days });
  };
}
