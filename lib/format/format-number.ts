import type { AppLocale } from "@/i18n/routing";
import { localeFacts, type Digits } from "@/lib/locale/locale-facts";

export function formatNumber(
  value: number,
  locale: AppLocale,
  digits: Digits,
  options: Intl.NumberFormatOptions = {},
): string {
  return new Intl.NumberFormat(localeFacts(locale).numberLocale(digits), options).format(value);
}
