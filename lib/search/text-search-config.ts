import type { Locale } from "next-intl";

// The PostgreSQL text search configuration of each locale's queries against
// "searchVector": english stems English words; Arabic words are stemmed
// before they reach PostgreSQL (lib/search/arabic-light-stem.ts and the SQL
// functions of migration "arabic_light_stem"), so simple only lower-cases.
const CONFIGS: Record<Locale, "english" | "simple"> = { en: "english", ar: "simple" };

export function textSearchConfig(locale: Locale): "english" | "simple" {
  return CONFIGS[locale];
}
