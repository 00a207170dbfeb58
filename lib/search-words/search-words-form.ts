import type { QueryParams } from "@/lib/newsroom/access/route-params";
import {
  MAX_PLURAL_LENGTH,
  MAX_SPELLING_LENGTH,
  MAX_SPELLINGS,
  type PluralError,
  type PluralErrors,
  type SpellingsError,
} from "@/lib/search-words/search-words-fields";

// A refused form on /newsroom/search-words goes back to the page (no
// JavaScript needed) with what was typed and why in the query string, as the
// glossary's forms do: a set's spellings and a plural are short.

export type NameSetFormName = "create" | `edit-${number}`;

export interface EnteredNameSet {
  form: NameSetFormName;
  spellings: string;
  error: SpellingsError;
  /** The spelling the error is about, when it is about one. */
  spelling: string;
}

export interface EnteredPlural {
  singular: string;
  plural: string;
  errors: PluralErrors;
}

const SPELLINGS_ERRORS: readonly SpellingsError[] = [
  "required",
  "tooFew",
  "tooMany",
  "tooLong",
  "tooManyWords",
  "noLetters",
  "invalidCharacters",
  "taken",
];
const PLURAL_ERRORS: readonly PluralError[] = ["required", "tooLong", "notArabic", "same", "duplicate"];
// What a hand-made URL may bring back: a little more than a form may hold.
const MAX_SPELLINGS_TEXT = (MAX_SPELLING_LENGTH + 1) * (MAX_SPELLINGS + 2);

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function nameSetFormQuery(
  form: NameSetFormName,
  spellings: string,
  error: SpellingsError,
  spelling = "",
): string {
  return new URLSearchParams({
    problem: "invalid",
    form,
    spellings: spellings.slice(0, MAX_SPELLINGS_TEXT),
    error,
    spelling,
  }).toString();
}

export function enteredNameSet(query: QueryParams): EnteredNameSet | null {
  const form = one(query.form);
  const error = one(query.error) as SpellingsError;
  if ((form !== "create" && !/^edit-\d{1,9}$/.test(form)) || !SPELLINGS_ERRORS.includes(error)) return null;
  return {
    form: form as NameSetFormName,
    spellings: one(query.spellings).slice(0, MAX_SPELLINGS_TEXT),
    error,
    spelling: one(query.spelling).slice(0, MAX_SPELLING_LENGTH + 20),
  };
}

export function pluralFormQuery(values: { singular: string; plural: string }, errors: PluralErrors): string {
  const query = new URLSearchParams({
    problem: "invalid",
    form: "plural",
    singular: values.singular.slice(0, MAX_PLURAL_LENGTH * 4),
    plural: values.plural.slice(0, MAX_PLURAL_LENGTH * 4),
  });
  for (const field of ["singular", "plural"] as const) {
    if (errors[field]) query.set(`error.${field}`, errors[field]);
  }
  return query.toString();
}

export function enteredPlural(query: QueryParams): EnteredPlural | null {
  if (one(query.form) !== "plural") return null;
  const errors: PluralErrors = {};
  for (const field of ["singular", "plural"] as const) {
    const code = one(query[`error.${field}`]) as PluralError;
    // Only codes the screen has words for; anything else in a hand-made URL is ignored.
    if (PLURAL_ERRORS.includes(code)) errors[field] = code;
  }
  return {
    singular: one(query.singular).slice(0, MAX_PLURAL_LENGTH * 4),
    plural: one(query.plural).slice(0, MAX_PLURAL_LENGTH * 4),
    errors,
  };
}
