import { z } from "zod";
import {
  fieldErrorCodes,
  markdownBody,
  text,
  type FieldErrorCode,
} from "@/lib/newsroom/editor/translation-fields";

// An entry is a few paragraphs, posted in seconds: far smaller than a
// story, in the same bounded Markdown.
export const ENTRY_LIMITS = {
  title: 160,
  body: 5_000,
  imageAlt: 300,
  imageCaption: 300,
  keyPoints: 2_000,
} as const;

const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => value ?? "")
    .pipe(text(max, false));

export const entryFieldsSchema = z.object({
  title: optionalText(ENTRY_LIMITS.title),
  body: markdownBody(ENTRY_LIMITS.body, true),
  imageAlt: optionalText(ENTRY_LIMITS.imageAlt),
  imageCaption: optionalText(ENTRY_LIMITS.imageCaption),
});

export type EntryField = keyof typeof ENTRY_LIMITS;
export type EntryFields = z.output<typeof entryFieldsSchema>;
export type EntryInput = z.input<typeof entryFieldsSchema>;
export type EntryFieldErrors = Partial<Record<EntryField, FieldErrorCode>>;

export function parseEntryFields(
  input: EntryInput,
): { ok: true; fields: EntryFields } | { ok: false; errors: EntryFieldErrors } {
  const parsed = entryFieldsSchema.safeParse(input);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, errors: fieldErrorCodes<EntryField>(parsed.error.issues) };
}

/** The key points above a live page's entries: optional, bounded Markdown. */
export const keyPointsSchema = z
  .string()
  .optional()
  .transform((value) => value ?? "")
  .pipe(markdownBody(ENTRY_LIMITS.keyPoints, false));
