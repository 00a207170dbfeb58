// What a reader asked for, read from the search page's query string and held
// within bounds before anything reaches the database. Pure: the page, the
// suggestion route and the tests share it.

import { readDateFilters, type DateFilters } from "@/lib/search/search-date-fields";

/** Longer queries are cut here, and the page says so. */
export const MAX_QUERY_LENGTH = 200;
/** Ten results a page; deeper pages than this are not served. */
export const RESULTS_PER_PAGE = 10;
export const MAX_PAGE = 50;
/**
 * How many matches are looked at, newest first: every page a reader can
 * reach (MAX_PAGE pages of ten). Ranking reads each candidate's search
 * vector, so a common word (tens of thousands of matches) would otherwise
 * cost a read of most of the archive; bounded, a search costs the same at
 * any archive size. Past it the page says so and suggests narrowing.
 */
export const SEARCH_CANDIDATES = MAX_PAGE * RESULTS_PER_PAGE;

export type SearchSort = "relevance" | "newest";

export interface SearchRequest {
  query: string;
  /** The query was longer than MAX_QUERY_LENGTH and was shortened. */
  shortened: boolean;
  page: number;
  sort: SearchSort;
  /** A section slug in the page's locale, or null for all. */
  section: string | null;
  /** Inclusive calendar days (UTC), YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** The date fields as typed (in any digits), each with its error; a date in error is not applied. */
  dateFields: DateFilters["fields"];
  /** Latin words are searched as typed only, never read as Arabizi ("search instead for …"). */
  literal: boolean;
}

type Params = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

// Control characters (NUL above all, which PostgreSQL refuses in text) and
// the private-use characters that mark highlights never reach a query.
const UNWANTED = /[\u0000-\u001f\u007f\ue000\ue001]/g;

/** Trims, collapses spaces and caps the length without splitting a surrogate pair. */
export function cleanQuery(raw: string): { query: string; shortened: boolean } {
  const collapsed = raw.replace(UNWANTED, " ").replace(/\s+/g, " ").trim();
  const chars = Array.from(collapsed);
  if (chars.length <= MAX_QUERY_LENGTH) return { query: collapsed, shortened: false };
  // Cut before the word the limit falls in, so no half word is searched.
  const kept = chars.slice(0, MAX_QUERY_LENGTH + 1).join("");
  const lastSpace = kept.lastIndexOf(" ");
  const query = lastSpace > 0 ? kept.slice(0, lastSpace) : chars.slice(0, MAX_QUERY_LENGTH).join("");
  return { query: query.trim(), shortened: true };
}

function page(value: string): number {
  if (!/^\d{1,6}$/.test(value)) return 1;
  return Math.min(Math.max(Number(value), 1), MAX_PAGE);
}

export function parseSearchRequest(params: Params): SearchRequest {
  const section = first(params.section).replace(UNWANTED, "").trim().slice(0, 100);
  const dates = readDateFilters(params);
  return {
    ...cleanQuery(first(params.q)),
    page: page(first(params.page)),
    sort: first(params.sort) === "newest" ? "newest" : "relevance",
    section: section || null,
    from: dates.from,
    to: dates.to,
    dateFields: dates.fields,
    literal: first(params.literal) === "1",
  };
}

/** The query string of a results page (filters kept, defaults left out). */
export function searchQueryString(request: SearchRequest, page = request.page): string {
  const params = new URLSearchParams({ q: request.query });
  if (request.section) params.set("section", request.section);
  if (request.from) params.set("from", request.from);
  if (request.to) params.set("to", request.to);
  if (request.sort !== "relevance") params.set("sort", request.sort);
  if (request.literal) params.set("literal", "1");
  if (page > 1) params.set("page", String(page));
  return params.toString();
}
