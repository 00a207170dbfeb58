"use client";

import { useTranslations } from "next-intl";

/** Words for a live character count (needs the Forms.counter namespace). */
export function useCountText(): (left: number) => string {
  const t = useTranslations("Forms.counter");
  return (left) => (left >= 0 ? t("left", { n: left }) : t("over", { n: -left }));
}
