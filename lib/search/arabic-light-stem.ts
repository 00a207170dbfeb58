// The Arabic analysis of search (issue 24): a light stemmer of the light10
// family, run on text that normalizeSearchText() has already folded. It is
// defined twice, here and as the SQL functions arabic_light_stem() and
// arabic_stem_alternates() (migration "arabic_light_stem"), from the same
// regular expressions applied to the whole text in the same order, so that
// the generated search vector and the reader's query agree;
// tests/integration/arabic-light-stem.test.ts runs both over the relevance
// set and the demo stories' words. No "server-only": suggestions use it too.
//
// Normalisation folds ة to ه before stemming. That does not defeat the
// suffix rules: light10 strips both ة and ه, and both ية and يه.

import { normalizeSearchText } from "@/lib/search/normalize-search-text";

/** Arabic letters once normalised (hamza forms, ى, ة and tashkeel already folded). */
// Written as \\u escapes, which JavaScript and PostgreSQL regular expressions both read.
const L = "\\u0621-\\u064a";

/**
 * The definite article, alone or after و ب ك ف, and لل, when at least two
 * letters remain. Bare proclitics are never stripped here: «بيروت» and
 * «لبنان» begin with them. They are alternates instead (below).
 */
const PREFIX = `(?<![${L}])(?:[وبكف]ال|لل|ال)(?=[${L}]{2})`;

/**
 * light10's suffixes (ية and ة are يه and ه once normalised), each only
 * when two letters remain (the captured two are put back). light10 tries
 * them one after the other; here ها ان ات ون ين يه are one rule (a word ends
 * with one of them), then ه, then ي, and the three run twice
 * («اللبنانيه» → «لبنان» → «لبن»): six passes over the text instead of
 * sixteen, which keeps the generated column's cost near the old one's.
 */
const suffixRule = (suffixes: string) => `([${L}]{2})(?:${suffixes})(?![${L}])`;
const SUFFIX_PASS = [suffixRule("ها|ان|ات|ون|ين|يه"), suffixRule("ه"), suffixRule("ي")];

export interface StemRule {
  pattern: string;
  /** Replaced by its first group (the letters that must remain), else removed. */
  keepFirstGroup: boolean;
}

/** The rules in order, each applied to the whole text. */
export const STEM_RULES: readonly StemRule[] = [
  { pattern: PREFIX, keepFirstGroup: false },
  ...[...SUFFIX_PASS, ...SUFFIX_PASS].map((pattern) => ({ pattern, keepFirstGroup: true })),
];

/**
 * Alternates: a word that begins with و ف ب ل ك is also indexed and searched
 * without it when three letters remain («لفاخوري» finds «فاخوري», and
 * «بيروت» is still «بيروت»), and without two (و or ف, then ب ل ك) likewise.
 * Groups: the first letter, a second one, the rest.
 */
export const ALTERNATE_PATTERN = `(?:^|[^${L}])([وفبلك])([بلك]?)([${L}]{3,})`;

const compiled = STEM_RULES.map((rule) => ({
  regex: new RegExp(rule.pattern, "g"),
  replacement: rule.keepFirstGroup ? "$1" : "",
}));
const alternatePattern = new RegExp(ALTERNATE_PATTERN, "g");

/**
 * The accusative ending «ـًا» (tanween and its alef, either order, a shadda
 * between them allowed) at a word's end, removed before normalisation would leave a bare alef
 * («دولارًا» → «دولار»). Without the tanween mark the alef stays: it may be
 * the word's own («سوريا», «كهربا»).
 */
export const TANWEEN_ALEF = `(?:\\u064b\\u0651?ا|ا\\u064b)(?![${L}\\u064b-\\u065f\\u0670\\u0640])`;
const tanweenAlef = new RegExp(TANWEEN_ALEF, "g");

/** Stored or typed text as the stemmer reads it: the accusative alef removed, then the search normalisation. */
export function arabicSearchForm(text: string): string {
  return normalizeSearchText(text.replace(tanweenAlef, ""));
}

/** Every Arabic word of the text replaced by its light stem; everything else kept (normalised). */
export function arabicLightStem(text: string): string {
  return compiled.reduce(
    (stemmed, rule) => stemmed.replace(rule.regex, rule.replacement),
    arabicSearchForm(text),
  );
}

/** The alternate stems of the text's words (see ALTERNATE_PATTERN), separated by spaces. */
export function arabicStemAlternates(text: string): string {
  const words = [...arabicSearchForm(text).matchAll(alternatePattern)].map(([, first, second, rest]) =>
    second && (first === "و" || first === "ف") ? `${second}${rest} ${rest}` : `${second}${rest}`,
  );
  return arabicLightStem(words.join(" "));
}

const ARABIC_WORD = new RegExp(`^[${L}]+$`);

/** The stems one normalised Arabic word (accusative alef removed) is indexed and searched under: its light stem first, then its alternates. */
export function arabicWordStems(word: string): string[] {
  if (!ARABIC_WORD.test(word)) return [word];
  const stems = [arabicLightStem(word), ...arabicStemAlternates(word).split(" ")];
  return [...new Set(stems.filter(Boolean))];
}

// Prepositions, conjunctions, pronouns, demonstratives, relatives and
// particles, as normalised (إلى → الي, على → علي). Dropped from queries
// (they are indexed: phrases keep their positions); a query of these alone
// has nothing to look up.
const STOP_WORDS = new Set(
  (
    "في من علي الي عن مع و ف او ام ثم بل لكن حتي اذ اذا ان انه انها ان لان كي " +
    "هذا هذه هذان هاتان هولاء ذلك تلك اولئك هنا هناك الذي التي الذين اللذان اللتان اللواتي اللاتي ما " +
    "هو هي هم هن هما انا نحن انت انتم انتن اياه " +
    "له لها لهم به بها بهم فيه فيها فيهم منه منها منهم عليه عليها عليهم اليه اليها عنه عنها " +
    "قد لقد لا لم لن كان كانت كل بعض غير اي ايضا حيث كما عند منذ بين بعد قبل خلال ضد نحو لدي لدى"
  ).split(" "),
);

/** Whether a normalised Arabic word is a stop word, alone or after و or ف («وفي», «ومن»). */
export function isArabicStopWord(word: string): boolean {
  if (STOP_WORDS.has(word)) return true;
  return (word.startsWith("و") || word.startsWith("ف")) && STOP_WORDS.has(word.slice(1));
}
