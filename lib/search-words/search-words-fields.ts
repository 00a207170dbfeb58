import { MAX_NAME_WORDS, nameVariantKey } from "@/lib/search/name-variant-key";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";

// What editors type on /newsroom/search-words: a name's spellings (one a
// line) and a broken plural with its singular. Checked here; errors are
// codes the screen words in the editor's language.

export const MAX_SPELLING_LENGTH = 80;
export const MAX_SPELLINGS = 12;
export const MAX_PLURAL_LENGTH = 30;

export type SpellingsError =
  | "required"
  | "tooFew"
  | "tooMany"
  | "tooLong"
  | "tooManyWords"
  | "noLetters"
  | "invalidCharacters"
  | "taken";
export type PluralError = "required" | "tooLong" | "notArabic" | "same" | "duplicate";
export type PluralErrors = Partial<Record<"singular" | "plural", PluralError>>;

// Control characters and bidi overrides: invisible, and a way to make one spelling look like another.
const CONTROL = /[\u0000-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export interface Spelling {
  spelling: string;
  key: string;
}

/** A name's spellings, one a line: at least two distinct ones (the same key once), each short. */
export function parseSpellings(
  text: string,
): { ok: true; spellings: Spelling[] } | { ok: false; error: SpellingsError; spelling?: string } {
  const lines = text
    .normalize("NFC")
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\s+/g, " "))
    .filter((line) => line !== "");
  if (lines.length === 0) return { ok: false, error: "required" };
  const spellings = new Map<string, Spelling>();
  for (const line of lines) {
    if (line.length > MAX_SPELLING_LENGTH) return { ok: false, error: "tooLong", spelling: line };
    if (CONTROL.test(line)) return { ok: false, error: "invalidCharacters", spelling: line };
    const key = nameVariantKey(line);
    if (key === "") return { ok: false, error: "noLetters", spelling: line };
    if (key.split(" ").length > MAX_NAME_WORDS) return { ok: false, error: "tooManyWords", spelling: line };
    if (!spellings.has(key)) spellings.set(key, { spelling: line, key });
  }
  if (spellings.size > MAX_SPELLINGS) return { ok: false, error: "tooMany" };
  if (spellings.size < 2) return { ok: false, error: "tooFew" };
  return { ok: true, spellings: [...spellings.values()] };
}

// Arabic letters with their optional marks (tashkeel, the dagger alef), one word.
const ARABIC_WORD = /^[\u0621-\u063a\u0641-\u064a\u0671][\u0621-\u063a\u0641-\u065f\u0670\u0671]*$/;

/** A singular and its broken plural: one Arabic word each, different words. */
export function parsePlural(input: {
  singular: string;
  plural: string;
}): { ok: true; singular: string; plural: string } | { ok: false; errors: PluralErrors } {
  const errors: PluralErrors = {};
  const values = {
    singular: input.singular.normalize("NFC").trim(),
    plural: input.plural.normalize("NFC").trim(),
  };
  for (const field of ["singular", "plural"] as const) {
    const value = values[field];
    if (value === "") errors[field] = "required";
    else if (value.length > MAX_PLURAL_LENGTH) errors[field] = "tooLong";
    else if (!ARABIC_WORD.test(value)) errors[field] = "notArabic";
  }
  if (!errors.singular && !errors.plural && pluralKey(values.singular) === pluralKey(values.plural)) {
    errors.plural = "same";
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, ...values };
}

/** The spelling search compares: hamza forms, ة/ه, ى/ي folded, marks dropped. */
export function pluralKey(word: string): string {
  return normalizeSearchText(word);
}
