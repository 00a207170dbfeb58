import type { Locale } from "next-intl";
import { localeFacts, type Digits } from "@/lib/locale/locale-facts";

export function formatNumber(
  value: number,
  locale: Locale,
  digits: Digits,
  options: Intl.NumberFormatOptions = {},
): string {
  return new Intl.NumberFormat(localeFacts(locale).numberLocale(digits), options).format(value);
}
