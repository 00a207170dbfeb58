// What an Arabic query word is looked for under (issue 24): the stems it is
// indexed under (arabicWordStems), the broken plurals or singulars linked
// to them (lib/search/arabic-plurals.ts), and forms the light stemmer reads
// apart although the reader means the same word. These are added to the
// query only: the index is unchanged, and each form is stemmed with
// arabicLightStem(), the twin of the SQL analysis, so it meets the stems
// PostgreSQL indexed.
import { arabicLightStem, arabicWordStems } from "@/lib/search/arabic-light-stem";
import { arabicPatternForms } from "@/lib/search/arabic-pattern-forms";

const add = (forms: Set<string>, text: string) => {
  const stem = arabicLightStem(text);
  if (stem) forms.add(stem);
};

/**
 * A word whose own first letters are «ال» (ألياف، ألغام، آلاف، التزام): the
 * stemmer takes them for the article, so «ألياف» is indexed as «ياف» and
 * «الألياف» as «الياف». A stem still beginning with «ال» is also looked for
 * without it («الالتزام» finds «التزام»). The other way only when the reader
 * typed a hamza on the alef, which the article never has: «الياف» typed
 * bare may be the article, and looking for it again with the article would
 * meet the headline's unstemmed words and raise their stories' rank.
 */
function ownAlefLam(word: string, typed: string, stems: readonly string[], forms: Set<string>): void {
  if (/^[أإآ]ل/.test(typed) && word.length >= 4) add(forms, `ال${word}`);
  for (const stem of stems) if (stem.startsWith("ال") && stem.length >= 4) add(forms, stem);
}

/**
 * A sound masculine plural loses its ن before a noun («مزارعو التبغ»,
 * «صانعو الصابون»): the stemmer leaves a final و that the other forms
 * lack. A stem is also looked for with it and without it, when four letters
 * remain before it; shorter words ending in و are mostly whole words
 * («عضو», «نمو», «مترو»).
 */
function finalWaw(stem: string, forms: Set<string>): void {
  // A stem still beginning with «ال» is one of ownAlefLam's forms: the
  // stemmer would take «ال» off again.
  if (stem.startsWith("ال")) return;
  if (stem.endsWith("و")) {
    if (stem.length >= 5) add(forms, stem.slice(0, -1));
  } else if (stem.length >= 4) add(forms, `${stem}و`);
}

/**
 * A hamza after alef sits on و or ي by case («العداؤون», «العدائين»;
 * folded to و and ي): the stems differ by a final و. Only for such a
 * plural ending, as a stem ending in «ا» is often a verb («دعا», «بدا»).
 */
function hamzaSeat(word: string, forms: Set<string>): void {
  const [, base, seat] = /^(?:ال)?([\u0621-\u064a]+ا)([وي])(?:ون|ين)$/.exec(word) ?? [];
  if (base && base.length >= 3) add(forms, seat === "و" ? `${base}يين` : `${base}وون`);
}

/**
 * The stems a normalised Arabic query word is looked for under, its own
 * stems first. `typed`: the word as the reader typed it, before the spelling
 * folds.
 */
export function arabicQueryStems(
  word: string,
  typed: string = word,
  linked: ReadonlyMap<string, string[]> = new Map(),
): string[] {
  const own = arabicWordStems(word);
  const forms = new Set(own);
  ownAlefLam(word, typed, own, forms);
  for (const stem of [...forms]) for (const other of linked.get(stem) ?? []) forms.add(other);
  for (const stem of [...forms]) finalWaw(stem, forms);
  // After finalWaw: a pattern's form is looked for as it is spelled, no more.
  for (const stem of own) for (const form of arabicPatternForms(stem)) add(forms, form);
  hamzaSeat(word, forms);
  return [...forms];
}
