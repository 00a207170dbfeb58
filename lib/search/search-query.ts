import type { Locale } from "next-intl";
import { arabicLightStem, arabicSearchForm, isArabicStopWord } from "@/lib/search/arabic-light-stem";
import { arabicQueryStems } from "@/lib/search/arabic-query-stems";
import { nameGroups, type QueryTerm } from "@/lib/search/name-variant-groups";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";

// The reader's words as tsquery text, built here rather than by
// websearch_to_tsquery (which answered 40 "-" with "tsquery stack too
// small"): the same syntax (quotes for a phrase, "or", "-word"), but every
// operand is a quoted word, so nothing the reader types is tsquery syntax,
// and the query has a bounded size. English words go to
// to_tsquery('english', …), which stems them and drops stop words as before;
// Arabic words are stemmed here (lib/search/arabic-light-stem.ts), each as
// its stem, its alternates or the forms of arabic-query-stems.ts, with stop words dropped, for
// to_tsquery('simple', …) against the stems in "searchVector".

/** Terms beyond this are ignored (200 characters hold few more). */
export const MAX_TERMS = 32;
const MAX_PHRASE_WORDS = 16;

type Term = QueryTerm;

export interface BuiltQuery {
  /** For to_tsquery(textSearchConfig(locale), …) against "searchVector". */
  match: string;
  /** Arabic: the typed forms (normalised, unstemmed), any of them, for "searchExact"; null in English. */
  exact: string | null;
  /** Arabic: every stem and typed form the query looks for, to mark them in results. */
  marked: string[];
}

function terms(query: string): Term[] {
  const found: Term[] = [];
  let or = false;
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    if (found.length >= MAX_TERMS) break;
    const [, minus, phrase, word] = match;
    if (word !== undefined && word.toLowerCase() === "or") {
      or = found.length > 0;
      continue;
    }
    const negated = phrase !== undefined ? minus === "-" : word!.startsWith("-");
    const text = phrase ?? word!.replace(/^-+/, "");
    const chunks = text.split(/\s+/).filter((chunk) => /[\p{L}\p{N}]/u.test(chunk));
    if (chunks.length === 0) continue;
    found.push({ chunks: chunks.slice(0, MAX_PHRASE_WORDS), negated, or });
    or = false;
  }
  return found;
}

/** A tsquery operand: quoted, so the text is a word for the parser, never syntax. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

const ARABIC_OR_OTHER = /[\u0621-\u064a]+|[^\u0621-\u064a]+/g;
const ARABIC_WORD = /^[\u0621-\u064a]+$/;
/** An Arabic word as typed: letters, tashkeel, superscript alef and tatweel. */
const TYPED_ARABIC = /[\u0621-\u065f\u0670\u0640]+/g;

/** A chunk's words: Arabic-letter runs and other runs of letters and digits, lower-cased. */
function words(chunk: string, form: (text: string) => string): string[] {
  const letters =
    form(chunk)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return letters.flatMap((run) => run.match(ARABIC_OR_OTHER) ?? []);
}

/**
 * Arabic terms as tsquery text: each word as (stem | alternates), the words
 * of a chunk or phrase at their distances (a dropped stop word still counts,
 * as it is indexed), or null when only stop words were typed.
 */
function arabicTerm(
  term: Term,
  marked: Set<string>,
  exact: string[],
  linked: ReadonlyMap<string, string[]>,
): string | null {
  const parts: string[] = [];
  let gap = 0;
  const push = (operand: string) => {
    parts.push(parts.length === 0 ? operand : ` <${gap + 1}> ${operand}`);
    gap = 0;
  };
  for (const chunk of term.chunks) {
    const runs = words(chunk, arabicSearchForm);
    if (!runs.every((run) => ARABIC_WORD.test(run))) {
      // Digits or Latin letters («بـ2.4», «covid-19»): the stemmed chunk
      // goes whole to PostgreSQL, whose parser splits it as it split the
      // stored text; its Arabic words are stemmed, without alternates.
      if (!term.negated) {
        for (const typed of words(chunk, normalizeSearchText)) marked.add(typed);
        exact.push(quote(normalizeSearchText(chunk).toLowerCase()));
      }
      push(quote(arabicLightStem(chunk).toLowerCase()));
      continue;
    }
    // The typed spelling of each word, before the folds (أ → ا): arabicQueryStems reads its hamza.
    const typed = new Map((chunk.match(TYPED_ARABIC) ?? []).map((raw) => [arabicSearchForm(raw), raw]));
    for (const word of runs) {
      if (isArabicStopWord(word)) {
        if (parts.length > 0) gap += 1;
        continue;
      }
      const stems = arabicQueryStems(word, typed.get(word), linked);
      if (!term.negated) {
        for (const stem of stems) marked.add(stem);
        marked.add(word);
        exact.push(quote(word));
      }
      push(stems.length === 1 ? quote(stems[0]!) : `(${stems.map(quote).join(" | ")})`);
    }
  }
  if (parts.length === 0) return null;
  const text = parts.length === 1 ? parts[0]! : `(${parts.join("")})`;
  return term.negated ? `!${text}` : text;
}

function englishTerm(term: Term): string | null {
  const chunks = term.chunks
    .map(normalizeSearchText)
    .filter((chunk) => /[\p{L}\p{N}]/u.test(chunk))
    .map(quote);
  if (chunks.length === 0) return null;
  const text = chunks.length === 1 ? chunks[0]! : `(${chunks.join(" <-> ")})`;
  return term.negated ? `!${text}` : text;
}

/**
 * The query as tsquery text for the locale, or null when nothing is left to
 * look up here (no words, or Arabic stop words alone). English stop words
 * are dropped by PostgreSQL; the caller checks what remains. `linked`: more
 * stems to look for with an Arabic stem (broken plurals, arabic-plurals.ts).
 * `variants`: other spellings of the names the query spells, by name key
 * (lib/search/name-variants.ts); each is looked for beside what was typed,
 * marked in results, but not ranked as the typed form.
 */
export function buildSearchQuery(
  locale: Locale,
  query: string,
  linked: ReadonlyMap<string, string[]> = new Map(),
  variants: ReadonlyMap<string, string[]> = new Map(),
): BuiltQuery | null {
  const marked = new Set<string>();
  const exact: string[] = [];
  const render = (term: Term, typed: string[]) =>
    locale === "ar" ? arabicTerm(term, marked, typed, linked) : englishTerm(term);
  let match = "";
  for (const group of nameGroups(terms(query), variants)) {
    const own = group.terms.map((term) => render(term, exact)).filter((text) => text !== null);
    const others = group.alternatives
      .map((chunks) => render({ chunks, negated: false, or: false }, []))
      .filter((text) => text !== null);
    const typed = own.length > 1 ? `(${own.join(" & ")})` : own[0];
    const all = typed === undefined ? others : [typed, ...others];
    if (all.length === 0) continue;
    const text = all.length === 1 ? all[0]! : `(${all.join(" | ")})`;
    match += match === "" ? text : `${group.or ? " | " : " & "}${text}`;
  }
  if (match === "") return null;
  return {
    match,
    exact: locale === "ar" && exact.length > 0 ? [...new Set(exact)].join(" | ") : null,
    marked: [...marked],
  };
}
