import "server-only";

/**
 * A count's words for a page without a client formatter (reading pages keep
 * use-intl off): the message formatted on the server once per plural
 * category of the locale, with a sample number of that category, and the
 * sample as it was written, so the client picks the category with
 * Intl.PluralRules and puts its own number where the sample is.
 */
export interface CountTemplates {
  /** Intl locale for the number (carries the site's digits). */
  numberLocale: string;
  pluralLocale: string;
  forms: Record<string, { text: string; sample: string }>;
}

export function countTemplates(
  pluralLocale: string,
  numberLocale: string,
  format: (n: number) => string,
): CountTemplates {
  const rules = new Intl.PluralRules(pluralLocale);
  const numbers = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 0 });
  const forms: CountTemplates["forms"] = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    // The first whole number of each category (0 to 200 covers every CLDR category of whole numbers).
    const sample = Array.from({ length: 201 }, (_, n) => n).find((n) => rules.select(n) === category);
    if (sample !== undefined) forms[category] = { text: format(sample), sample: numbers.format(sample) };
  }
  return { numberLocale, pluralLocale, forms };
}
