import { routing } from "@/i18n/routing";
import type { CsvProblem } from "@/lib/glossary/glossary-csv";
import type { TermErrors, TermFieldError, TermInput } from "@/lib/glossary/glossary-fields";
import { MAX_NOTE_LENGTH, MAX_TERM_LENGTH } from "@/lib/glossary/glossary-fields";
import type { QueryParams } from "@/lib/newsroom/access/route-params";

// A glossary form the server refused goes back to the page (no JavaScript
// needed) with what was typed and why in the query string, as topic forms
// do: terms and notes are short, so the URL stays small. An import's
// problems go back the same way, the first MAX_PROBLEMS of them.

export type GlossaryFormName = "create" | `edit-${number}`;

export interface EnteredTerm {
  form: GlossaryFormName;
  values: TermInput;
  errors: TermErrors;
}

const MAX_PROBLEMS = 20;
const ERROR_CODES: readonly TermFieldError[] = ["required", "tooLong", "invalidCharacters", "taken"];
const FIELDS = ["kind", ...routing.locales, "note"] as const;

export function termFormQuery(form: GlossaryFormName, values: TermInput, errors: TermErrors): string {
  const query = new URLSearchParams({ problem: "invalid", form, kind: values.kind, note: values.note });
  for (const locale of routing.locales) query.set(locale, values.names[locale] ?? "");
  for (const field of FIELDS) {
    const error = errors[field];
    if (error) query.set(`error.${field}`, error);
  }
  return query.toString();
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function enteredTerm(query: QueryParams): EnteredTerm | null {
  const form = one(query.form);
  if (form !== "create" && !/^edit-\d{1,9}$/.test(form)) return null;
  const errors: TermErrors = {};
  for (const field of FIELDS) {
    const error = one(query[`error.${field}`]) as TermFieldError;
    // Only codes the screen has words for; anything else in a hand-made URL is ignored.
    if (ERROR_CODES.includes(error)) errors[field] = error;
  }
  return {
    form: form as GlossaryFormName,
    values: {
      kind: one(query.kind).slice(0, 20),
      names: Object.fromEntries(
        routing.locales.map((locale) => [locale, one(query[locale]).slice(0, MAX_TERM_LENGTH + 100)]),
      ),
      note: one(query.note).slice(0, MAX_NOTE_LENGTH + 100),
    },
    errors,
  };
}

/** An import's problems as `line:code[:field]`, comma-separated, with their total. */
export function importProblemsQuery(problems: CsvProblem[]): string {
  const codes = problems.slice(0, MAX_PROBLEMS).map((problem) => {
    if (problem.kind === "invalid") {
      const [field, error] = Object.entries(problem.errors)[0]!;
      return `${problem.line}:${error}:${field}`;
    }
    if (problem.kind === "repeated") return `${problem.line}:repeated:${problem.locale}`;
    return `${problem.line}:${problem.kind}`;
  });
  return new URLSearchParams({
    problem: "import",
    lines: codes.join(","),
    count: String(problems.length),
  }).toString();
}

export type ImportProblemCode =
  TermFieldError | "repeated" | "columns" | "unreadable" | "tooManyRows" | "tooLarge";

export interface ImportProblem {
  line: number;
  code: ImportProblemCode;
  field: (typeof FIELDS)[number] | null;
}

const IMPORT_CODES: readonly string[] = [
  ...ERROR_CODES,
  "repeated",
  "columns",
  "unreadable",
  "tooManyRows",
  "tooLarge",
];

export function importProblems(query: QueryParams): { problems: ImportProblem[]; count: number } | null {
  if (one(query.problem) !== "import") return null;
  const problems = one(query.lines)
    .split(",")
    .slice(0, MAX_PROBLEMS)
    .flatMap((entry): ImportProblem[] => {
      const [line, code, field] = entry.split(":");
      if (!line || !/^\d{1,6}$/.test(line) || !code || !IMPORT_CODES.includes(code)) return [];
      const known = (FIELDS as readonly string[]).includes(field ?? "")
        ? (field as ImportProblem["field"])
        : null;
      return [{ line: Number(line), code: code as ImportProblemCode, field: known }];
    });
  const count = Math.max(problems.length, Math.min(Number(one(query.count)) || 0, 1_000_000));
  return { problems, count };
}
