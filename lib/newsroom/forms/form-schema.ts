import { z } from "zod";
import { routing } from "@/i18n/routing";
import { ID_PATTERN, idOrNull, localeOrNull } from "@/lib/forms/form-values";

// zod pieces for newsroom forms. Every value arrives as untrusted text (or a
// file); these bound and convert it the same way for every action.

/** A form as a plain object: repeated names (checkboxes) become arrays. */
export function formEntries(form: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const entries: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key);
    entries[key] = values.length === 1 ? values[0]! : values;
  }
  return entries;
}

const many = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export const formFields = {
  /** A locale we serve. */
  locale: z.enum(routing.locales),
  /** The interface language of the form, English when missing or odd. */
  uiLocale: z.enum(routing.locales).catch(routing.defaultLocale),
  /** A positive database id. */
  id: z.string().regex(ID_PATTERN).transform(Number),
  /** Checkbox ids: the valid ones among at most `max`. */
  ids: (max: number) =>
    z.preprocess(
      many,
      z
        .array(z.unknown())
        .max(max)
        .transform((values) => values.flatMap((value) => idOrNull(value) ?? [])),
    ),
  /** Checkbox locales. */
  locales: z.preprocess(
    many,
    z
      .array(z.unknown())
      .max(routing.locales.length)
      .transform((values) => values.flatMap((value) => localeOrNull(value) ?? [])),
  ),
  /** Free text up to `max` characters; the command decides what is required. */
  text: (max: number) => z.string().max(max).optional().default(""),
  /** A whole percentage, 0 to 100; absent when the form did not offer it. */
  percent: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.number().int().max(100))
    .optional(),
  /** An optional uploaded file; an empty file input counts as none. */
  file: z.unknown().transform((value) => (value instanceof File && value.size > 0 ? value : null)),
};
