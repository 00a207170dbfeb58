import { hasLocale, type Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { instantToZonedFields } from "@/lib/format/zoned-time";
import type { BannerErrors, BannerInput } from "@/lib/banner/banner-fields";

// A refused banner form goes back to the page (no JavaScript needed) with
// what was typed and why in the query string: the text is one short line,
// so the URL stays small.

export const BANNER_DONE = ["set", "cleared"] as const;
export const BANNER_PROBLEMS = ["forbidden", "invalid"] as const;

type Query = Record<string, string | string[] | undefined>;

export interface EnteredBanner {
  target: Locale;
  values: BannerInput;
  errors: BannerErrors;
}

const FIELDS = ["text", "link", "date", "time"] as const;
const ERROR_CODES: Record<keyof BannerErrors, readonly string[]> = {
  text: ["required", "tooLong", "oneLine"],
  link: ["required", "tooLong", "linkInvalid"],
  expiry: ["expiryInvalid", "expiryPast", "expiryTooFar"],
};

export function bannerFormQuery(target: Locale, values: BannerInput, errors: BannerErrors): string {
  const query = new URLSearchParams({ problem: "invalid", target });
  for (const field of FIELDS) query.set(field, values[field]);
  for (const [field, code] of Object.entries(errors)) if (code) query.set(`error.${field}`, code);
  return query.toString();
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/** The refused form, read back from its redirect; only error codes the page has words for. */
export function enteredBanner(query: Query): EnteredBanner | null {
  const target = one(query.target);
  if (one(query.problem) !== "invalid" || !hasLocale(routing.locales, target)) return null;
  const values: BannerInput = {
    // Bounded as the form's own fields are (the action refuses longer input).
    text: one(query.text).slice(0, 1_000),
    link: one(query.link).slice(0, 1_000),
    date: one(query.date).slice(0, 10),
    time: one(query.time).slice(0, 5),
  };
  const errors: BannerErrors = {};
  for (const field of Object.keys(ERROR_CODES) as (keyof BannerErrors)[]) {
    const code = one(query[`error.${field}`]);
    if (ERROR_CODES[field].includes(code)) Object.assign(errors, { [field]: code });
  }
  return { target, values, errors };
}

/** What a new form suggests for the expiry: two hours from now, on the newsroom's clock. */
export function suggestedExpiry(timeZone: string, now = Date.now()): { date: string; time: string } {
  return instantToZonedFields(new Date(Math.ceil((now + 2 * 3_600_000) / 60_000) * 60_000), timeZone);
}
