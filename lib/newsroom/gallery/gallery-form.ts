import { GALLERY_LIMITS } from "@/lib/newsroom/gallery/gallery-limits";

// A refused gallery form goes back to the gallery page (no JavaScript
// needed) with what was typed and why in the query string: which form
// ("upload" or "<imageId>-<locale>"), each field's error code and its text.
// A browser cannot refill a file input; every typed word comes back.

export const GALLERY_DONE = ["added", "moved", "removed", "words"] as const;
export const GALLERY_PROBLEMS = ["forbidden", "invalid", "full", "not-found"] as const;

type Query = Record<string, string | string[] | undefined>;

export interface EnteredGalleryForm {
  form: string;
  /** Field name → error code. */
  errors: Record<string, string>;
  /** Field name → typed text. */
  values: Record<string, string>;
}

const FORM_KEY = /^(upload|\d{1,10}-[a-z]{2})$/;
const FIELD = /^(credit|alt|caption)(-[a-z]{2})?$|^upload$/;
const CODE = /^[a-zA-Z]{1,30}$/;
const TEXT_BOUND = GALLERY_LIMITS.caption * 2;

export function galleryFormQuery(
  form: string,
  errors: Partial<Record<string, string>>,
  values: Record<string, string>,
): string {
  const query = new URLSearchParams({ problem: "invalid", form });
  for (const [field, code] of Object.entries(errors)) if (code) query.append(`e.${field}`, code);
  for (const [field, text] of Object.entries(values)) query.append(`v.${field}`, text.slice(0, TEXT_BOUND));
  return query.toString();
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/** The refused form, read back from its redirect (unknown names are dropped). */
export function enteredGalleryForm(query: Query): EnteredGalleryForm | null {
  const form = one(query.form);
  if (one(query.problem) !== "invalid" || !FORM_KEY.test(form)) return null;
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    const field = key.slice(2);
    if (!FIELD.test(field)) continue;
    if (key.startsWith("e.") && CODE.test(one(value))) errors[field] = one(value);
    if (key.startsWith("v.")) values[field] = one(value).slice(0, TEXT_BOUND);
  }
  return { form, errors, values };
}
