import "server-only";
import type { Locale } from "next-intl";
import { env } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/format/format-date";
import { formatNumber } from "@/lib/format/format-number";

/** The site-wide settings, read once: i18n/request.ts gives them to next-intl too. */
export const siteFormat = { timeZone: env.NEWSROOM_TIME_ZONE, digits: env.ARABIC_DIGITS } as const;
const options = siteFormat;

export const readerFormat = {
  date: (date: Date, locale: Locale) => formatDate(date, locale, options),
  dateTime: (date: Date, locale: Locale) => formatDateTime(date, locale, options),
  number: (value: number, locale: Locale) => formatNumber(value, locale, options.digits),
};
