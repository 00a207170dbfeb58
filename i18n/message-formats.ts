import type { Formats, Locale } from "next-intl";
import { localeFacts, type Digits } from "@/lib/locale/locale-facts";

/**
 * Named formats for numbers inside messages. ICU's `#` and a bare
 * `{n, number}` format with the message locale alone ("ar", Latin digits),
 * so they would ignore ARABIC_DIGITS: every count in a message is written
 * `{n, number, integer}` instead (tests/unit/messages.test.ts enforces it),
 * and `integer` (or `year`, without grouping) carries the digits the site is set to.
 */
export function messageFormats(locale: Locale, digits: Digits): Formats {
  const numberingSystem = localeFacts(locale).digits(digits);
  return {
    // A moment in the newsroom ("26 Nov 2026, 03:10"), in the request's time zone.
    dateTime: {
      stamp: { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", numberingSystem },
      // A time of day ("10:42"): who is editing since when, when a draft was kept on this device.
      clock: { timeStyle: "short", hourCycle: "h23", numberingSystem },
    },
    number: {
      integer: { maximumFractionDigits: 0, numberingSystem },
      year: { useGrouping: false, numberingSystem },
    },
  };
}
