import type { Locale } from "next-intl";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";

// Finding a glossary's terms in a text. Pure: the editor marks terms in the
// source with it, and a save checks the translation with it.

export interface Term {
  id: number;
  /** The term as this language writes it. */
  text: string;
  /** glossaryKey(text). */
  key: string;
}

export interface Found {
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
}

// Bidi marks, isolates, zero-width joiners and the soft hyphen change no word.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/**
 * The text as matched, with each of its characters' offset in the original:
 * search's Arabic spelling folds (hamza forms, ة/ه, ى/ي, tashkeel and
 * tatweel removed, digits), lower case, invisible characters removed, white
 * space as single spaces. One character in, at most one out (lower case
 * aside), so offsets map back to what the translator wrote.
 */
export function normalizeWithOffsets(text: string): { key: string; origins: number[] } {
  let key = "";
  const origins: number[] = [];
  let space = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (/\s/.test(char)) {
      space = key !== "";
      continue;
    }
    if (INVISIBLE.test(char)) continue;
    const folded = normalizeSearchText(char).toLowerCase();
    if (folded === "") continue;
    if (space) {
      key += " ";
      origins.push(index - 1);
      space = false;
    }
    for (const part of folded) {
      key += part;
      origins.push(index);
    }
  }
  return { key, origins };
}

/** How a glossary term is stored and compared. */
export function glossaryKey(text: string): string {
  return normalizeWithOffsets(text.normalize("NFC")).key;
}

const LETTER = /[\p{L}\p{N}]/u;

// Arabic writes conjunctions and prepositions onto the next word: "and" (و،
// ف), "with/in" (ب), "to/for" (ل), "like" (ك), and some together (وب، ول،
// فب، فل، وك). Before the article, ل+ال is written لل.
const PROCLITICS = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"];

/** What the characters just before a match may be, for the match to start a word. */
function startsWord(key: string, at: number, locale: Locale): boolean {
  if (locale === "en") return at === 0 || !LETTER.test(key.charAt(at - 1));
  for (const clitic of PROCLITICS) {
    const start = at - clitic.length;
    if (start < 0 || key.slice(start, at) !== clitic) continue;
    if (start === 0 || !LETTER.test(key.charAt(start - 1))) return true;
  }
  return false;
}

function endsWord(key: string, end: number, locale: Locale): boolean {
  if (end >= key.length || !LETTER.test(key.charAt(end))) return true;
  // English possessive: "Berri's".
  return locale === "en" && /^'s(?![\p{L}\p{N}])/u.test(key.slice(end));
}

/** Every place in the normalized text where a term's key stands as whole words. */
function findKey(key: string, termKey: string, locale: Locale): [number, number][] {
  const found: [number, number][] = [];
  const variants = [termKey];
  // ل before the article: ل + البرلمان is written للبرلمان (and with و or ف before it).
  if (locale === "ar" && termKey.startsWith("ال")) variants.push(`لل${termKey.slice(2)}`);
  for (const variant of variants) {
    for (let at = key.indexOf(variant); at !== -1; at = key.indexOf(variant, at + 1)) {
      const end = at + variant.length;
      if (startsWord(key, at, locale) && endsWord(key, end, locale)) found.push([at, end]);
    }
  }
  return found;
}

/**
 * The terms that occur in a text, each with where (original offsets), in
 * the text's order. Where terms overlap ("Nabih Berri" and "Berri") the
 * longer one wins.
 */
export function findTerms<T extends Term>(
  text: string,
  locale: Locale,
  terms: T[],
): { term: T; at: Found }[] {
  const { key, origins } = normalizeWithOffsets(text);
  const hits: { term: T; start: number; end: number }[] = [];
  for (const term of terms) {
    if (term.key === "") continue;
    for (const [start, end] of findKey(key, term.key, locale)) hits.push({ term, start, end });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: { term: T; at: Found }[] = [];
  let reached = -1;
  for (const hit of hits) {
    if (hit.start < reached) continue;
    reached = hit.end;
    kept.push({ term: hit.term, at: { start: origins[hit.start]!, end: origins[hit.end - 1]! + 1 } });
  }
  return kept;
}

/** Whether a term occurs in a text. */
export function containsTerm(text: string, locale: Locale, term: Term): boolean {
  return findKey(normalizeWithOffsets(text).key, term.key, locale).length > 0;
}
