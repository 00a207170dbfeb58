import { hasLocale, type Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { MAX_DISCLAIMER_LENGTH, type DisclaimerError } from "@/lib/opinion/opinion-disclaimer-fields";

// A refused form goes back to the page (no JavaScript needed) with what was
// typed and why in the query string: a few hundred characters at most.

export const DISCLAIMER_DONE = ["set"] as const;
export const DISCLAIMER_PROBLEMS = ["forbidden", "invalid"] as const;
const ERRORS: readonly DisclaimerError[] = ["tooLong", "oneParagraph"];

type Query = Record<string, string | string[] | undefined>;

export interface EnteredDisclaimer {
  target: Locale;
  text: string;
  error: DisclaimerError;
}

export function disclaimerFormQuery(target: Locale, text: string, error: DisclaimerError): string {
  return new URLSearchParams({ problem: "invalid", target, text, error }).toString();
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/** The refused form, read back from its redirect. */
export function enteredDisclaimer(query: Query): EnteredDisclaimer | null {
  const target = one(query.target);
  const error = ERRORS.find((code) => code === one(query.error));
  if (one(query.problem) !== "invalid" || !hasLocale(routing.locales, target) || !error) return null;
  // Bounded as the action bounds the field (a little over the limit, so a too-long text shows as typed).
  return { target, text: one(query.text).slice(0, MAX_DISCLAIMER_LENGTH * 2), error };
}
