import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { env } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/format/format-date";
import { formatNumber } from "@/lib/format/format-number";

// The site-wide settings applied, so pages and components format with one call.
const options = { timeZone: env.NEWSROOM_TIME_ZONE, digits: env.ARABIC_DIGITS } as const;

export const readerFormat = {
  date: (date: Date, locale: AppLocale) => formatDate(date, locale, options),
  dateTime: (date: Date, locale: AppLocale) => formatDateTime(date, locale, options),
  number: (value: number, locale: AppLocale) => formatNumber(value, locale, options.digits),
  year: (date: Date, locale: AppLocale) =>
    formatNumber(date.getFullYear(), locale, options.digits, { useGrouping: false }),
};
