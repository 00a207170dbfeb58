import { routing } from "@/i18n/routing";
import type { QueryParams } from "@/lib/newsroom/access/route-params";
import type { SectionErrors, SectionNameErrors, SectionNameInput } from "@/lib/sections/section-names";

// A section form refused by the server goes back to the page (no JavaScript
// needed) with what was typed and why in the query string, so nothing typed
// is lost: names are short, so the URL stays small.

export type SectionFormName = "create" | `rename-${number}`;

export interface EnteredSectionForm {
  form: SectionFormName;
  values: SectionNameInput;
  errors: SectionErrors;
}

const FIELDS = ["name", "slug"] as const;
// Only codes the screen has words for; anything else in a hand-made URL is ignored.
const CODES = /^(required|tooLong|slugInvalid|slugScript|slugTaken|slugRetired)$/;

export function sectionFormQuery(
  form: SectionFormName,
  values: SectionNameInput,
  errors: SectionErrors,
): string {
  const query = new URLSearchParams({ problem: "invalid", form });
  for (const locale of routing.locales) {
    for (const field of FIELDS) {
      query.set(`${locale}.${field}`, values[locale]?.[field] ?? "");
      const error = errors[locale]?.[field];
      if (error) query.set(`error.${locale}.${field}`, error);
    }
  }
  return query.toString();
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function enteredSectionForm(query: QueryParams): EnteredSectionForm | null {
  const form = one(query.form);
  if (form !== "create" && !/^rename-\d{1,9}$/.test(form)) return null;
  const values: SectionNameInput = {};
  const errors: SectionErrors = {};
  for (const locale of routing.locales) {
    values[locale] = {
      name: one(query[`${locale}.name`]).slice(0, 200),
      slug: one(query[`${locale}.slug`]).slice(0, 200),
    };
    const fieldErrors: SectionNameErrors = {};
    for (const field of FIELDS) {
      const error = one(query[`error.${locale}.${field}`]);
      if (CODES.test(error)) Object.assign(fieldErrors, { [field]: error });
    }
    if (fieldErrors.name || fieldErrors.slug) errors[locale] = fieldErrors;
  }
  return { form: form as SectionFormName, values, errors };
}
