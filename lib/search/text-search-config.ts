import type { AppLocale } from "@/i18n/routing";

// The PostgreSQL text search configuration per locale; the generated
// "searchVector" column (migration "search") uses the same ones.
const CONFIGS: Record<AppLocale, "english" | "arabic"> = { en: "english", ar: "arabic" };

export function textSearchConfig(locale: AppLocale): "english" | "arabic" {
  return CONFIGS[locale];
}
