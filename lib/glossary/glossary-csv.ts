import type { Locale } from "next-intl";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { routing } from "@/i18n/routing";
import { glossaryKey } from "@/lib/glossary/term-matching";
import { parseTerm, type TermErrors, type TermValues } from "@/lib/glossary/glossary-fields";

// The glossary as CSV, for spreadsheets and other tools: a header row
// "kind,en,ar,note" (columns in any order), one term per row, UTF-8.

export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 5_000;

const COLUMNS = ["kind", ...routing.locales, "note"] as const;

export type CsvProblem =
  | { line: number; kind: "columns" }
  | { line: number; kind: "tooLarge" }
  | { line: number; kind: "unreadable" }
  | { line: number; kind: "tooManyRows" }
  | { line: number; kind: "invalid"; errors: TermErrors }
  | { line: number; kind: "repeated"; locale: Locale };

export function glossaryToCsv(terms: TermValues[]): string {
  const rows = terms.map((term) => [
    term.kind.toLowerCase(),
    ...routing.locales.map((l) => term.names[l]),
    term.note,
  ]);
  // The byte order mark tells spreadsheet programs the file is UTF-8, so Arabic opens as Arabic.
  return `\uFEFF${stringify([COLUMNS as unknown as string[], ...rows])}`;
}

/**
 * Every row of a CSV file as a term, or every problem found (line numbers
 * as a spreadsheet shows them, the header being line 1). All or nothing:
 * an import with one bad line changes nothing.
 */
export function csvToGlossary(
  text: string,
): { ok: true; terms: { line: number; term: TermValues }[] } | { ok: false; problems: CsvProblem[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { ok: false, problems: [{ line, kind: "unreadable" }] };
  }
  const header = (records[0] ?? []).map((cell) => cell.toLowerCase());
  const at = Object.fromEntries(COLUMNS.map((column) => [column, header.indexOf(column)]));
  if (at.kind === -1 || routing.locales.some((locale) => at[locale] === -1)) {
    return { ok: false, problems: [{ line: 1, kind: "columns" }] };
  }
  if (records.length - 1 > MAX_IMPORT_ROWS) {
    return { ok: false, problems: [{ line: MAX_IMPORT_ROWS + 2, kind: "tooManyRows" }] };
  }
  const problems: CsvProblem[] = [];
  const terms: { line: number; term: TermValues }[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((record, index) => {
    const line = index + 2;
    const cell = (column: (typeof COLUMNS)[number]) => (at[column]! >= 0 ? (record[at[column]!] ?? "") : "");
    const parsed = parseTerm({
      kind: cell("kind"),
      names: Object.fromEntries(routing.locales.map((locale) => [locale, cell(locale)])),
      note: cell("note"),
    });
    if (!parsed.ok) {
      problems.push({ line, kind: "invalid", errors: parsed.errors });
      return;
    }
    for (const locale of routing.locales) {
      const key = `${locale}:${glossaryKey(parsed.term.names[locale])}`;
      if (seen.has(key)) problems.push({ line, kind: "repeated", locale });
      seen.set(key, line);
    }
    terms.push({ line, term: parsed.term });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, terms };
}
