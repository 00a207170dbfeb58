import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";

// A glossary term as typed: its kind, its name in each language and a note.
// Checked here for the form and for each line of a CSV import alike.

export const GLOSSARY_KINDS = ["PERSON", "PLACE", "INSTITUTION", "TITLE", "OTHER"] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

export const MAX_TERM_LENGTH = 200;
export const MAX_NOTE_LENGTH = 500;

export interface TermInput {
  kind: string;
  names: Partial<Record<Locale, string>>;
  note: string;
}

export interface TermValues {
  kind: GlossaryKind;
  names: Record<Locale, string>;
  note: string;
}

export type TermFieldError = "required" | "tooLong" | "invalidCharacters" | "taken";
export type TermErrors = Partial<Record<Locale | "kind" | "note", TermFieldError>>;

// Control characters other than tab and line breaks: invisible, and a way
// to make one term look like another.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

function checkText(text: string, max: number, required: boolean): TermFieldError | null {
  if (required && text === "") return "required";
  if (text.length > max) return "tooLong";
  if (CONTROL.test(text)) return "invalidCharacters";
  return null;
}

/** A term needs a kind and a name in every language: it is the approved way each writes it. */
export function parseTerm(
  input: TermInput,
): { ok: true; term: TermValues } | { ok: false; errors: TermErrors } {
  const errors: TermErrors = {};
  const kind = input.kind.trim().toUpperCase();
  if (!(GLOSSARY_KINDS as readonly string[]).includes(kind)) errors.kind = "required";
  const names = {} as Record<Locale, string>;
  for (const locale of routing.locales) {
    const name = (input.names[locale] ?? "").normalize("NFC").trim().replace(/\s+/g, " ");
    const problem = checkText(name, MAX_TERM_LENGTH, true);
    if (problem) errors[locale] = problem;
    names[locale] = name;
  }
  const note = input.note.normalize("NFC").trim();
  const noteProblem = checkText(note, MAX_NOTE_LENGTH, false);
  if (noteProblem) errors.note = noteProblem;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, term: { kind: kind as GlossaryKind, names, note } };
}
