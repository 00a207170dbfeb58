import { z } from "zod";
import { isValidSlug } from "@/lib/slug";

export const LIMITS = { slug: 80, headline: 200, dek: 400, body: 100_000, leadImageAlt: 300 } as const;

/** Why a field was refused; the editor words each in its own language. */
export type FieldErrorCode = "required" | "tooLong" | "slugInvalid" | "slugTaken";
export type TranslationField = keyof typeof LIMITS;
export type FieldErrors = Partial<Record<TranslationField, FieldErrorCode>>;

const text = (max: number, required: boolean) =>
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n").trim().normalize("NFC"))
    .superRefine((value, ctx) => {
      if (required && value.length === 0) ctx.addIssue({ code: "custom", message: "required" });
      else if (value.length > max) ctx.addIssue({ code: "custom", message: "tooLong" });
    });

export const translationFieldsSchema = z.object({
  slug: text(LIMITS.slug, true).superRefine((value, ctx) => {
    if (value.length > 0 && value.length <= LIMITS.slug && !isValidSlug(value)) {
      ctx.addIssue({ code: "custom", message: "slugInvalid" });
    }
  }),
  headline: text(LIMITS.headline, true),
  dek: text(LIMITS.dek, true),
  body: text(LIMITS.body, true),
  leadImageAlt: z
    .string()
    .optional()
    .transform((value) => value ?? "")
    .pipe(text(LIMITS.leadImageAlt, false)),
});

export type TranslationFields = z.output<typeof translationFieldsSchema>;
export type TranslationInput = z.input<typeof translationFieldsSchema>;

export function parseTranslationFields(
  input: TranslationInput,
): { ok: true; fields: TranslationFields } | { ok: false; errors: FieldErrors } {
  const parsed = translationFieldsSchema.safeParse(input);
  if (parsed.success) return { ok: true, fields: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as TranslationField;
    errors[field] ??=
      (["required", "tooLong", "slugInvalid"] as const).find((code) => code === issue.message) ?? "required";
  }
  return { ok: false, errors };
}
