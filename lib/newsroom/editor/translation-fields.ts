import { z } from "zod";
import { malformedEmbedUrl } from "@/lib/embeds/embed-paragraphs";
import { bodyImageProblem } from "@/lib/markdown/body-images";
import { bodyLimitProblem, type BodyLimitCode } from "@/lib/markdown/body-limits";
import { TEXT_LIMITS } from "@/lib/newsroom/editor/text-caps";
import { canonicalSlug, slugPolicyProblem } from "@/lib/urls/slug";

export const LIMITS = TEXT_LIMITS;

/** Why a field was refused; the editor words each in its own language. */
export type FieldErrorCode =
  | "required"
  | "tooLong"
  | "slugInvalid"
  | "slugScript"
  | "slugTaken"
  | "invalidCharacters"
  | "embedMalformed"
  | "imageSource"
  | "imageUnknown"
  | BodyLimitCode;
export type TranslationField = keyof typeof LIMITS;
export type FieldErrors = Partial<Record<TranslationField, FieldErrorCode>>;

// NUL and other C0/C1 controls (tab and line feed aside) have no place in a
// story, and PostgreSQL refuses NUL outright: refused with a word, not a 500.
// The bidi embedding, override and isolate controls too: the page isolates
// every text itself, and an override left open reverses what follows it
// (an imported headline once carried one). The marks (U+200E, U+200F) stay.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Text a member entered: line ends, spaces and Unicode form made regular, then bounded. */
export const text = (max: number, required: boolean) =>
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n").trim().normalize("NFC"))
    .superRefine((value, ctx) => {
      if (CONTROL_CHARACTERS.test(value)) ctx.addIssue({ code: "custom", message: "invalidCharacters" });
      else if (required && value.length === 0) ctx.addIssue({ code: "custom", message: "required" });
      else if (value.length > max) ctx.addIssue({ code: "custom", message: "tooLong" });
    });

/**
 * Bounded Markdown, as in story bodies: length first, then what keeps the
 * parser's work bounded, then embeds (a paragraph that is only a provider's
 * URL must name a post or video; docs/newsroom.md#embeds).
 */
export const markdownBody = (max: number, required: boolean) =>
  text(max, required).superRefine((value, ctx) => {
    // Past the length limit text() has already said so.
    if (value.length > max) return;
    const problem = bodyLimitProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem.code });
    else if (malformedEmbedUrl(value)) ctx.addIssue({ code: "custom", message: "embedMalformed" });
    else if (bodyImageProblem(value)) ctx.addIssue({ code: "custom", message: "imageSource" });
  });

/** The first refusal of each field, as the codes the forms word. */
export function fieldErrorCodes<Field extends string>(
  issues: readonly z.core.$ZodIssue[],
): Partial<Record<Field, FieldErrorCode>> {
  const errors: Partial<Record<Field, FieldErrorCode>> = {};
  for (const issue of issues) {
    const field = issue.path[0] as Field;
    errors[field] ??= FIELD_ERROR_CODES.find((code) => code === issue.message) ?? "required";
  }
  return errors;
}

const FIELD_ERROR_CODES = [
  "required",
  "tooLong",
  "slugInvalid",
  "slugScript",
  "invalidCharacters",
  "embedMalformed",
  "imageSource",
  "bodyTooDeep",
  "tooManyLinks",
  "tooMuchFormatting",
  "tooManyHeadings",
  "tooManyListItems",
  "tooManyLines",
] as const satisfies readonly FieldErrorCode[];

export const translationFieldsSchema = z.object({
  slug: text(LIMITS.slug, true)
    .transform(canonicalSlug)
    .superRefine((value, ctx) => {
      if (value.length === 0 || value.length > LIMITS.slug) return;
      const problem = slugPolicyProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  headline: text(LIMITS.headline, true),
  dek: text(LIMITS.dek, true),
  body: markdownBody(LIMITS.body, true),
  leadImageAlt: z
    .string()
    .optional()
    .transform((value) => value ?? "")
    .pipe(text(LIMITS.leadImageAlt, false)),
  leadImageCaption: z
    .string()
    .optional()
    .transform((value) => value ?? "")
    .pipe(text(LIMITS.leadImageCaption, false)),
});

export type TranslationFields = z.output<typeof translationFieldsSchema>;
export type TranslationInput = z.input<typeof translationFieldsSchema>;

export function parseTranslationFields(
  input: TranslationInput,
): { ok: true; fields: TranslationFields } | { ok: false; errors: FieldErrors } {
  const parsed = translationFieldsSchema.safeParse(input);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, errors: fieldErrorCodes<TranslationField>(parsed.error.issues) };
}
