"use client";

import { useLocale, useTranslations } from "next-intl";
import { ErrorScreen } from "@/components/error-screen";

export default function ReadingError({ error, reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Error");
  const locale = useLocale();
  return <ErrorScreen error={error} reset={reset} home={{ href: `/${locale}`, label: t("backHome") }} />;
}
