import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { VersionState } from "@/lib/newsroom/workflow/translation-state";

/** One language version's state; the language is named for screen readers and sighted readers alike. */
export async function StatusBadge({
  uiLocale,
  versionLocale,
  state,
}: {
  uiLocale: Locale;
  versionLocale: Locale;
  state: VersionState;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: "Newsroom" });
  return (
    <span
      className={`badge badge--${state.toLowerCase().replace("_", "-")}`}
      data-locale={versionLocale}
      data-state={state}
    >
      <span className="badge__locale">{t(`locales.${versionLocale}`)}</span> {t(`status.${state}`)}
    </span>
  );
}
