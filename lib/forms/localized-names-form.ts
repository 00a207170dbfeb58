import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import type { QueryParams } from "@/lib/newsroom/access/route-params";

// A names form (a section's or a topic's name and slug in each language)
// refused by the server goes back to the page, no JavaScript needed, with
// what was typed and why in the query string, so nothing typed is lost:
// names are short, so the URL stays small.

export type NamesFormName = "create" | `rename-${number}`;

export type LocalizedNames = Partial<Record<Locale, { name: string; slug: string }>>;

/** Error codes per language and field; `names`: no language named at all. */
export type LocalizedNamesErrors = Partial<Record<Locale, { name?: string; slug?: string }>> & {
  names?: "required";
};

export interface EnteredNamesForm<Errors extends LocalizedNamesErrors = LocalizedNamesErrors> {
  form: NamesFormName;
  values: LocalizedNames;
  errors: Errors;
}

const FIELDS = ["name", "slug"] as const;

export function namesFormQuery(
  form: NamesFormName,
  values: LocalizedNames,
  errors: LocalizedNamesErrors,
): string {
  const query = new URLSearchParams({ problem: "invalid", form });
  for (const locale of routing.locales) {
    for (const field of FIELDS) {
      query.set(`${locale}.${field}`, values[locale]?.[field] ?? "");
      const error = errors[locale]?.[field];
      if (error) query.set(`error.${locale}.${field}`, error);
    }
  }
  if (errors.names) query.set("error.names", errors.names);
  return query.toString();
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * What a refused form sent back, or null for a query that names no form.
 * Only `codes` the screen has words for are read: anything else in a
 * hand-made URL is ignored.
 */
export function enteredNamesForm<Errors extends LocalizedNamesErrors>(
  query: QueryParams,
  codes: readonly string[],
): EnteredNamesForm<Errors> | null {
  const form = one(query.form);
  if (form !== "create" && !/^rename-\d{1,9}$/.test(form)) return null;
  const values: LocalizedNames = {};
  const errors: LocalizedNamesErrors = {};
  for (const locale of routing.locales) {
    values[locale] = {
      name: one(query[`${locale}.name`]).slice(0, 200),
      slug: one(query[`${locale}.slug`]).slice(0, 200),
    };
    const fieldErrors: { name?: string; slug?: string } = {};
    for (const field of FIELDS) {
      const error = one(query[`error.${locale}.${field}`]);
      if (codes.includes(error)) fieldErrors[field] = error;
    }
    if (fieldErrors.name || fieldErrors.slug) errors[locale] = fieldErrors;
  }
  if (one(query["error.names"]) === "required") errors.names = "required";
  // The codes were checked against the screen's own list just above.
  return { form: form as NamesFormName, values, errors: errors as Errors };
}
