import type { Locale } from "next-intl";
import { isServedLocale, routing } from "@/i18n/routing";

// Reading submitted forms and route parameters: every value arrives as
// untrusted text.

/** A locale we serve, or null. */
export function localeOrNull(value: unknown): Locale | null {
  return typeof value === "string" && isServedLocale(value) ? value : null;
}

/** The form's interface language (hidden `uiLocale`/`locale` field), English when missing. */
export function uiLocaleOf(form: FormData, field = "uiLocale"): Locale {
  return localeOrNull(form.get(field)) ?? routing.defaultLocale;
}

/** A positive database id as typed in a form: up to nine digits. */
export const ID_PATTERN = /^\d{1,9}$/;

/** A positive database id, or null. */
export function idOrNull(value: unknown): number | null {
  return typeof value === "string" && ID_PATTERN.test(value) ? Number(value) : null;
}

/** Every valid id among a multi-value field (checkboxes). */
export function idList(form: FormData, field: string): number[] {
  return form.getAll(field).flatMap((value) => idOrNull(value) ?? []);
}

/** Every locale we serve among a multi-value field (checkboxes). */
export function localeList(form: FormData, field: string): Locale[] {
  return form.getAll(field).flatMap((value) => localeOrNull(value) ?? []);
}
