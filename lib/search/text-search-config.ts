import type { Locale } from "next-intl";

// The PostgreSQL text search configuration per locale; the generated
// "searchVector" column (migration "search") uses the same ones.
const CONFIGS: Record<Locale, "english" | "arabic"> = { en: "english", ar: "arabic" };

export function textSearchConfig(locale: Locale): "english" | "arabic" {
  return CONFIGS[locale];
}
