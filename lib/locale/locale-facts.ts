import type { Locale } from "next-intl";

export type Digits = "latn" | "arab";

export interface LocaleFacts {
  /** BCP 47 tag used in `lang` and `hreflang`. */
  tag: string;
  dir: "ltr" | "rtl";
  ogLocale: string;
  /** Name of the language in that language, for links to it. */
  nativeName: string;
  /** Intl locale for dates, given the digits setting. */
  dateLocale: (digits: Digits) => string;
  /** The digits this locale shows, given the site's setting (which only Arabic follows). */
  digits: (setting: Digits) => Digits;
  /** Intl locale for numbers, given the digits setting. */
  numberLocale: (digits: Digits) => string;
  /** Joins a formatted date and time: "9 September 2016, 11:15". */
  dateTimeSeparator: string;
  /** Intl locale for lists such as a byline's names. */
  listLocale: string;
}

// One table for everything the app needs to know per locale, so components
// never branch on `locale === "ar"` themselves.
const facts: Record<Locale, LocaleFacts> = {
  en: {
    tag: "en",
    dir: "ltr",
    ogLocale: "en_US",
    nativeName: "English",
    // en-GB gives "9 September 2016" (day first, no comma) like the papers we model.
    dateLocale: () => "en-GB",
    digits: () => "latn",
    numberLocale: () => "en-GB",
    dateTimeSeparator: ", ",
    // en-GB joins without the serial comma: "A, B and C".
    listLocale: "en-GB",
  },
  ar: {
    tag: "ar",
    dir: "rtl",
    ogLocale: "ar_AR",
    nativeName: "العربية",
    // ar-LB gives the Levantine month names (أيلول, تشرين الأول) Lebanese
    // readers expect; the nu extension picks Latin or Arabic-Indic digits.
    dateLocale: (digits) => `ar-LB-u-nu-${digits}`,
    digits: (setting) => setting,
    // ar-LB groups Latin digits the French way (1.234,5); the plain Arabic
    // locale keeps 1,234.5, which Arabic-language papers print.
    numberLocale: (digits) => `ar-u-nu-${digits}`,
    dateTimeSeparator: "، ",
    // Arabic joins every name with و attached to it: «أ وب وج».
    listLocale: "ar",
  },
};

export function localeFacts(locale: Locale): LocaleFacts {
  return facts[locale];
}

export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "ar" : "en";
}
