"use client";

import { useTranslations } from "next-intl";
import { unstable_isUnrecognizedActionError } from "next/navigation";

/**
 * What a segment's error boundary shows: a page that could not be rendered
 * (most often the database is unreachable; the server then answers 503), or
 * a form that posted an action the new deploy no longer has. Internals never
 * show.
 */
export function ErrorScreen({
  error,
  reset,
  home,
}: {
  error: Error;
  reset: () => void;
  home: { href: string; label: string };
}) {
  const t = useTranslations("Error");
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
        <a href={home.href}>{home.label}</a>
      </p>
    </main>
  );
}
