import "server-only";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { LIMITS, type TranslationInput } from "@/lib/newsroom/editor/translation-fields";

// Generous caps: the field rules in lib/ give each field its own error; these
// only stop absurd input before anything else looks at it.
export const translationText = {
  slug: formFields.text(LIMITS.slug * 8),
  headline: formFields.text(LIMITS.headline * 8),
  dek: formFields.text(LIMITS.dek * 8),
  body: formFields.text(LIMITS.body * 4),
  leadImageAlt: formFields.text(LIMITS.leadImageAlt * 8),
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

export const TRANSLATION_FIELDS = ["slug", "headline", "dek", "body", "leadImageAlt"] as const;
export const enteredValues = (form: FormData): Required<TranslationInput> =>
  enteredStrings(form, TRANSLATION_FIELDS);
