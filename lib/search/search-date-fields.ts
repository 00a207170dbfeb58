// The results page's date filters as a reader types them: a day, a month
// chosen by name and a year per end, in the page's language and digits,
// read on the server (no JavaScript needed). `<input type="date">` shows the
// browser's locale, not the page's, so an Arabic page would read in English.
// Links that carry ISO days (`from=2026-09-09`) keep working: the fields are
// filled from them, and pages of results link with ISO days again.

export type DateEnd = "from" | "to";
export type DateFieldError = "incomplete" | "invalid" | "order";

export interface DateFieldInput {
  /** What the reader typed or what the ISO day gives, digits as typed. */
  day: string;
  /** "1" to "12", or "" for none. */
  month: string;
  year: string;
  error: DateFieldError | null;
}

export interface DateFilters {
  from: string | null;
  to: string | null;
  fields: Record<DateEnd, DateFieldInput>;
}

type Params = Record<string, string | string[] | undefined>;

/** The query-string names of one end's three fields: from-day, from-month, from-year. */
export function datePartName(end: DateEnd, part: "day" | "month" | "year"): string {
  return `${end}-${part}`;
}

function first(value: string | string[] | undefined): string {
  return ((Array.isArray(value) ? value[0] : value) ?? "").slice(0, 20);
}

// Arabic-Indic (٠–٩) and Persian (۰–۹) digits are read like 0–9: an Arabic
// keyboard types the former, and readers type either.
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.codePointAt(0)!;
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** A real calendar day from year 1000 (PostgreSQL refuses year 0), as YYYY-MM-DD, or null. */
export function isoDay(value: string): string | null {
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

function fromParts(day: string, month: string, year: string): string | null {
  const [d, m, y] = [day, month, year].map((part) => westernDigits(part).replace(/\s/g, ""));
  if (!/^\d{1,2}$/.test(d!) || !/^\d{1,2}$/.test(m!) || !/^\d{4}$/.test(y!)) return null;
  return isoDay(`${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`);
}

function readEnd(params: Params, end: DateEnd): { iso: string | null; input: DateFieldInput } {
  const [day, month, year] = (["day", "month", "year"] as const).map((part) =>
    first(params[datePartName(end, part)]).trim(),
  ) as [string, string, string];
  if (day || month || year) {
    if (!day || !month || !year) return { iso: null, input: { day, month, year, error: "incomplete" } };
    const iso = fromParts(day, month, year);
    return { iso, input: { day, month, year, error: iso ? null : "invalid" } };
  }
  const iso = isoDay(first(params[end]));
  if (!iso) return { iso: null, input: { day: "", month: "", year: "", error: null } };
  const [y, m, d] = iso.split("-");
  return { iso, input: { day: String(Number(d)), month: String(Number(m)), year: y!, error: null } };
}

/** Both ends, with an error by each field a reader must correct; a date in error filters nothing. */
export function readDateFilters(params: Params): DateFilters {
  const from = readEnd(params, "from");
  const to = readEnd(params, "to");
  if (from.iso && to.iso && from.iso > to.iso) {
    return { from: from.iso, to: null, fields: { from: from.input, to: { ...to.input, error: "order" } } };
  }
  return { from: from.iso, to: to.iso, fields: { from: from.input, to: to.input } };
}

export function hasDateError(fields: DateFilters["fields"]): boolean {
  return fields.from.error !== null || fields.to.error !== null;
}
