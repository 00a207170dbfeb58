"use client";

import { useLocale, useTranslations } from "next-intl";

// Shown when a reading page cannot be rendered (most often: the database is
// unreachable). The server answers 503 in that case; internals never show.
export default function ReadingError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Error");
  const locale = useLocale();
  return (
    <main id="main" className="bare-page">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p className="bare-page__actions">
        <button type="button" onClick={reset}>
          {t("retry")}
        </button>
        <a href={`/${locale}`}>{t("backHome")}</a>
      </p>
    </main>
  );
}
