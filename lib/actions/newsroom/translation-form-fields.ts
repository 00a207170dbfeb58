import "server-only";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { TEXT_CAPS } from "@/lib/newsroom/editor/text-caps";
import {
  parseTranslationFields,
  type FieldErrors,
  type TranslationInput,
} from "@/lib/newsroom/editor/translation-fields";

// Generous caps: the field rules in lib/ give each field its own error; these
// only stop absurd input before anything else looks at it.
export const translationText = {
  slug: formFields.text(TEXT_CAPS.slug),
  headline: formFields.text(TEXT_CAPS.headline),
  dek: formFields.text(TEXT_CAPS.dek),
  body: formFields.text(TEXT_CAPS.body),
  leadImageAlt: formFields.text(TEXT_CAPS.leadImageAlt),
  leadImageCaption: formFields.text(TEXT_CAPS.leadImageCaption),
};

/** What the person typed in these fields, as typed, to send back with an error. */
export function enteredStrings<Key extends string>(
  form: FormData,
  keys: readonly Key[],
): Record<Key, string> {
  return Object.fromEntries(
    keys.map((key) => {
      const value = form.get(key);
      return [key, typeof value === "string" ? value : ""];
    }),
  ) as Record<Key, string>;
}

export const TRANSLATION_FIELDS = [
  "slug",
  "headline",
  "dek",
  "body",
  "leadImageAlt",
  "leadImageCaption",
] as const;
export const enteredValues = (form: FormData): Required<TranslationInput> =>
  enteredStrings(form, TRANSLATION_FIELDS);

/**
 * Why the text fields of a form the schema refused as a whole were refused,
 * by field: text past the generous caps above fails the schema before the
 * field rules run, and must still be worded by its own field (a body of
 * 200,001 characters once came back with no word at all). Empty when the
 * text is not what was wrong.
 */
export function refusedTextFields(form: FormData): FieldErrors {
  const checked = parseTranslationFields(enteredValues(form));
  return checked.ok ? {} : checked.errors;
}
