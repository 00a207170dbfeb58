import type { TranslationFields } from "@/lib/newsroom/editor/translation-fields";

type StoredText = Pick<
  TranslationFields,
  "slug" | "headline" | "dek" | "body" | "leadImageAlt" | "leadImageCaption"
>;

/**
 * Whether a save would store exactly the text already there: every field the
 * editor sends. A no-change save stores nothing (no revision, no draft, no
 * audit line): on a published version it used to make a "pending draft"
 * identical to what readers see.
 */
export function sameText(stored: StoredText, fields: TranslationFields): boolean {
  return (
    stored.slug === fields.slug &&
    stored.headline === fields.headline &&
    stored.dek === fields.dek &&
    stored.body === fields.body &&
    stored.leadImageAlt === fields.leadImageAlt &&
    stored.leadImageCaption === fields.leadImageCaption
  );
}
