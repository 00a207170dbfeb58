"use client";

import { useLocale, useTranslations } from "next-intl";
import { unstable_isUnrecognizedActionError } from "next/navigation";

// Shown when a reading page cannot be rendered (most often: the database is
// unreachable; the server then answers 503) or when a form posts an action
// the new deploy no longer has. Internals never show.
export default function ReadingError({ error, reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Error");
  const locale = useLocale();
  const stale = unstable_isUnrecognizedActionError(error);
  return (
    <main id="main" className="bare-page">
      <h1>{stale ? t("staleTitle") : t("title")}</h1>
      <p>{stale ? t("staleBody") : t("body")}</p>
      <p className="bare-page__actions">
        {/* A stale page needs the new build's HTML, not a re-render. */}
        <button type="button" onClick={stale ? () => window.location.reload() : reset}>
          {t("retry")}
        </button>
        <a href={`/${locale}`}>{t("backHome")}</a>
      </p>
    </main>
  );
}
