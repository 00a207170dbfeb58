import { normalizeSearchText } from "@/lib/search/normalize-search-text";

// How a name's spelling and a reader's words are compared with the editors'
// name variants (lib/search/name-variants.ts). Pure: the newsroom form, the
// seed and the query builder share it.

/** A name has at most this many words ("Dahr al-Baidar", «مستشفى رفيق الحريري»). */
export const MAX_NAME_WORDS = 5;

const ARABIC_LETTER = /^[\u0621-\u064a]/;

/** Lower-cased words: search's Arabic spelling folds, Latin accents dropped ("Zahlé" = "Zahle"). */
export function nameWords(text: string): string[] {
  const folded = normalizeSearchText(text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")).toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The key a spelling is stored under: its words joined by one space. */
export function nameVariantKey(text: string): string {
  return nameWords(text).join(" ");
}

/**
 * The forms of a name's first word as a reader may type it in Arabic, with
 * a conjunction or preposition attached: «وجبيل», «بصور», «لحزب», «وبالبقاع»,
 * «للبقاع». Each is looked up; what is not a name is simply not found.
 */
export function firstWordForms(word: string): string[] {
  const forms = new Set([word]);
  if (!ARABIC_LETTER.test(word)) return [...forms];
  let rest = word;
  const conjunction = /^[وف](?=[\u0621-\u064a]{2})/.exec(rest);
  if (conjunction) forms.add((rest = rest.slice(1)));
  const preposition = /^[بلك](?=[\u0621-\u064a]{2})/.exec(rest);
  if (preposition) forms.add(rest.slice(1));
  // «للبقاع»: ل with the article's alef swallowed.
  if (/^لل[\u0621-\u064a]{2}/.test(rest)) forms.add(`ا${rest.slice(1)}`);
  return [...forms];
}

/** Every key a run of words (a query) could hold: each start, up to MAX_NAME_WORDS words. */
export function lookupKeys(words: string[]): string[] {
  const keys = new Set<string>();
  words.forEach((word, start) => {
    for (const first of firstWordForms(word)) {
      for (let length = 1; length <= MAX_NAME_WORDS && start + length <= words.length; length++) {
        keys.add([first, ...words.slice(start + 1, start + length)].join(" "));
      }
    }
  });
  return [...keys];
}
