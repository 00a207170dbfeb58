"use client";

import { useLocale, useTranslations } from "next-intl";
import { ErrorScreen } from "@/components/error-screen";

// Inside the newsroom's layout, so its header and sign-out stay; a form from
// before a deploy explains itself here instead of the site-wide error page.
export default function NewsroomError({ error, reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Error");
  const locale = useLocale();
  return (
    <ErrorScreen
      error={error}
      reset={reset}
      home={{ href: `/${locale}/newsroom`, label: t("backNewsroom") }}
    />
  );
}
