// Arabizi: Arabic typed in Latin letters and digits, the way Lebanese write
// it online (2 ء/ق, 3 ع, 5 خ, 7 ح, 8 غ, 9 ق/ص, 6 ط; sh/ch ش, kh خ, gh غ,
// th ث, ou و, ee ي, e as «ا» or a final «ة»). A word becomes a bounded list
// of candidate Arabic spellings in the search's normalised letters (ا for
// every alef, ه for ة, ي for ى and ئ, و for ؤ); lib/search/search-vocabulary.ts
// keeps the ones the stories hold. The candidates are the cheapest
// spellings by the costs below (0: the usual reading), found by a beam, so
// a long word costs no more than MAX_CANDIDATES lookups.

/** Candidate spellings kept per word. */
export const MAX_CANDIDATES = 24;

type Option = readonly [arabic: string, cost: number];

/** "ث ت:1" → [["ث", 0], ["ت", 1]]: spellings with their costs (0 when left out); "-" is nothing. */
function options(spec: string): Option[] {
  return spec.split(" ").map((each) => {
    const [arabic = "", cost = "0"] = each.split(":");
    return [arabic === "-" ? "" : arabic, Number(cost)] as const;
  });
}

/** Letters and digraphs, longest first. Vowels are handled apart (vowel()). */
const CONSONANTS: [string, Option[]][] = (
  [
    ["sh", "ش"],
    ["ch", "ش"],
    ["kh", "خ"],
    ["gh", "غ"],
    ["th", "ث ت:1"],
    ["dh", "ذ ض:1"],
    ["2", "ء ق ا:1 ي:1 و:1"],
    ["3", "ع"],
    ["5", "خ"],
    ["6", "ط"],
    ["7", "ح"],
    ["8", "غ"],
    ["9", "ق ص:1"],
    ["b", "ب"],
    ["p", "ب"],
    ["t", "ت ط:1 ث:1"],
    ["j", "ج"],
    ["g", "ج غ:1"],
    ["d", "د ض:1"],
    ["r", "ر"],
    ["z", "ز ظ:1 ذ:1"],
    ["s", "س ص:1 ث:1"],
    ["c", "ك س:1"],
    ["f", "ف"],
    ["v", "ف"],
    ["q", "ق"],
    ["k", "ك ق:1"],
    ["l", "ل"],
    ["m", "م"],
    ["n", "ن"],
    ["h", "ه ح"],
    ["w", "و"],
    ["y", "ي"],
    ["x", "كس"],
  ] as const
).map(([latin, spec]) => [latin, options(spec)]);

/**
 * Vowel letters: at the start a word is written with ا; inside, a short
 * vowel is usually not written (cost 0) or is a long one (cost 1); Lebanese
 * "e" often stands for «ا» (lebnen لبنان, aflem أفلام). At the end, a and e
 * are usually «ة» (sherke شركة) or «ا»/«اء», i is ي, o and ou are و.
 */
function vowel(text: string, initial: boolean, final: boolean): Option[] {
  if (initial) {
    if (/^(ou|oo|u|o)$/.test(text)) return options("ا او:1");
    if (/^(ee|ii|i|ei|ay|ai)$/.test(text)) return options("ا اي:1");
    return options("ا ع:2");
  }
  if (final) {
    if (/^(a|aa|ah)$/.test(text)) return options("ا ه اء:1 ي:1");
    if (/^(e|eh)$/.test(text)) return options("ه ي:1 -:1");
    if (/^(i|ee|ii|y|ie|iy)$/.test(text)) return options("ي");
    if (/^(ay|ai|ei)$/.test(text)) return options("ي اي:1");
    return options("و");
  }
  if (text === "aa") return options("ا اء:1 اع:2");
  if (/^(ee|ii)$/.test(text)) return options("ي");
  if (/^(ou|oo|uu)$/.test(text)) return options("و");
  if (/^(ay|ai|ei)$/.test(text)) return options("ي اي:1");
  if (text === "a") return options("- ا:1");
  if (text === "e") return options("- ا:1 ي:1");
  if (text === "i") return options("- ي:1");
  return options("- و:1");
}

const VOWEL_RUN = /^(?:ou|oo|ee|ii|aa|uu|ay|ai|ei|ah|eh|a|e|i|o|u)/;
const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** The word as a list of units, each with its options. */
function units(word: string): Option[][] {
  const found: Option[][] = [];
  let rest = word;
  let initial = true;
  while (rest.length > 0) {
    // "a2" before a vowel is a long a and a hamza on its seat or a ق:
    // 7ara2e2 حرائق, ta2a طاقة, wada2e3 ودائع.
    if (!initial && /^a2[aeiou]/.test(rest)) {
      found.push(options("اي اق اء:1 ق:1 ء:1"));
      rest = rest.slice(2);
      continue;
    }
    const vowelMatch = VOWELS.has(rest[0]!) ? VOWEL_RUN.exec(rest) : null;
    if (vowelMatch) {
      let text = vowelMatch[0];
      // "ah"/"eh" are vowels only at the end ("jounieh"); elsewhere h is a letter.
      if (text.endsWith("h") && rest.length > text.length) text = text.slice(0, -1);
      // "ay"/"ei" before a vowel: the y starts the next syllable (bayrout keeps it as ي).
      rest = rest.slice(text.length);
      found.push(vowel(text, initial, rest.length === 0));
      initial = false;
      continue;
    }
    const entry = CONSONANTS.find(([latin]) => rest.startsWith(latin));
    if (!entry) {
      rest = rest.slice(1);
      continue;
    }
    const [latin, spellings] = entry;
    rest = rest.slice(latin.length);
    // A doubled letter is one Arabic letter (its shadda is not written).
    if (rest.startsWith(latin) && latin.length === 1) rest = rest.slice(1);
    found.push(spellings);
    initial = false;
  }
  return found;
}

/** The MAX_CANDIDATES cheapest spellings of the units, cheapest first. */
function cheapest(parts: Option[][], limit: number): { arabic: string; cost: number }[] {
  let beam = [{ arabic: "", cost: 0 }];
  for (const options of parts) {
    const next = new Map<string, number>();
    for (const partial of beam) {
      for (const [arabic, cost] of options) {
        const text = partial.arabic + arabic;
        const total = partial.cost + cost;
        if ((next.get(text) ?? Infinity) > total) next.set(text, total);
      }
    }
    beam = [...next]
      .map(([arabic, cost]) => ({ arabic, cost }))
      .sort((a, b) => a.cost - b.cost)
      .slice(0, limit * 4);
  }
  return beam.filter((each) => each.arabic.length >= 2).slice(0, limit);
}

/** Proclitics typed as their own word or before a hyphen: "el", "w", "bel", "lal", "fel". */
const PROCLITICS: Record<string, string> = {
  el: "ال",
  al: "ال",
  il: "ال",
  l: "ال",
  w: "و",
  wa: "و",
  we: "و",
  wel: "وال",
  wl: "وال",
  wal: "وال",
  b: "ب",
  bi: "ب",
  bel: "بال",
  bil: "بال",
  bl: "بال",
  lal: "لل",
  lel: "لل",
  lil: "لل",
  fel: "في ال",
  fil: "في ال",
};

/** A word of Latin letters (and Arabizi digits), two letters or more, that could be Arabizi. */
export function isArabiziWord(word: string): boolean {
  return /^[a-z0-9]+$/i.test(word) && /[a-z]/i.test(word) && /[a-z0-9]{2,}/i.test(word);
}

export interface ArabiziWord {
  /** The Latin word as typed (with its proclitics). */
  typed: string;
  /** What goes before the mapped word: an article or conjunction, possibly empty. */
  prefix: string;
  /** Candidate spellings of the word itself, normalised, cheapest first, with their costs. */
  candidates: { arabic: string; cost: number }[];
}

/**
 * The query's words with their Arabic candidates, or null when it has no
 * Latin word. Arabic-script words and numbers are kept as they are (no
 * candidates, prefix the word itself), in order.
 */
export function arabiziWords(query: string): ArabiziWord[] | null {
  const tokens = query
    .toLowerCase()
    .split(/\s+/)
    .flatMap((token) => token.split(/(?<=^(?:el|al|il|l|wel|wl|wal|bel|bil|bl|lal|lel|lil|fel|fil|w|b))-/))
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((token) => token.length > 0);
  if (!tokens.some(isArabiziWord)) return null;
  const words: ArabiziWord[] = [];
  let pending = "";
  let pendingTyped = "";
  for (const token of tokens) {
    const proclitic = PROCLITICS[token];
    if (proclitic !== undefined) {
      pending = combine(pending, proclitic);
      pendingTyped += `${token} `;
      continue;
    }
    if (!isArabiziWord(token)) {
      words.push({ typed: pendingTyped + token, prefix: pending + token, candidates: [] });
    } else {
      words.push({
        typed: pendingTyped + token,
        prefix: pending,
        candidates: cheapest(units(token), MAX_CANDIDATES),
      });
    }
    pending = "";
    pendingTyped = "";
  }
  return words.some((word) => word.candidates.length > 0) ? words : null;
}

/** و then ال gives وال; ال then ال stays ال. */
function combine(before: string, proclitic: string): string {
  if (before.endsWith("ال") && proclitic === "ال") return before;
  return before + proclitic;
}
