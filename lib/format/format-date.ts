import type { Locale } from "next-intl";
import { localeFacts, type Digits } from "@/lib/locale/locale-facts";

export interface DateFormatOptions {
  timeZone: string;
  digits: Digits;
}

function dateFormatter(locale: Locale, { timeZone, digits }: DateFormatOptions) {
  return new Intl.DateTimeFormat(localeFacts(locale).dateLocale(digits), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  });
}

/** "9 September 2016" / "9 أيلول 2016" in the newsroom's time zone. */
export function formatDate(date: Date, locale: Locale, options: DateFormatOptions): string {
  return dateFormatter(locale, options).format(date);
}

/** "9 September 2016, 11:15" / "9 أيلول 2016، 11:15". */
export function formatDateTime(date: Date, locale: Locale, options: DateFormatOptions): string {
  const facts = localeFacts(locale);
  // Formatted in two parts: the combined Intl pattern inserts "at" / "في",
  // which the papers we model do not print.
  const time = new Intl.DateTimeFormat(facts.dateLocale(options.digits), {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: options.timeZone,
  }).format(date);
  return `${formatDate(date, locale, options)}${facts.dateTimeSeparator}${time}`;
}

/** Machine-readable timestamp for `<time dateTime>`. */
export function isoTimestamp(date: Date): string {
  return date.toISOString();
}

/** "Eastern European Time" / «توقيت شرق أوروبا»: the zone's name in the reader's language. */
export function timeZoneName(locale: Locale, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(localeFacts(locale).dateLocale("latn"), {
    timeZone,
    timeZoneName: "longGeneric",
  }).formatToParts(new Date());
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/** The twelve months' names, January first: «كانون الثاني» … «كانون الأول» in Arabic (ar-LB). */
export function monthNames(locale: Locale, digits: Digits): string[] {
  const format = new Intl.DateTimeFormat(localeFacts(locale).dateLocale(digits), {
    month: "long",
    timeZone: "UTC",
  });
  return Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2001, month, 15))));
}
