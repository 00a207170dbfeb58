// A generated corpus whose relevance is known by construction (issue 24):
// for each hand-written subject of a bank (tests/relevance/corpus-subjects-*.json),
// two or three stories about it (a headline, the dek and body sentences from
// its bank among filler) and two to four that only mention it once, deep in
// a filler body; then plain filler stories up to the corpus size. The filler
// is word salad from the lists beside this file without any word the bank
// uses, so a query's words reach only stories built from the bank. A story's
// key says what it was built from (judgedKey), and the stories a query's
// reader wants are its subject's "about" stories. Deterministic for a seed.
import type { StoryLine } from "@/lib/import/story-line";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";
import { seededRandom } from "@/scripts/corpus/seeded-random";
import { words } from "@/scripts/corpus/synthetic-stories";

type Locale = "en" | "ar";

/** What the generator needs of a subject (the bank's schema: tests/relevance/corpus-subjects.ts). */
export interface CorpusSubject {
  id: string;
  headlines: string[];
  deks: string[];
  body: string[];
  mentions: string[];
  queries: { query: string }[];
}

export type JudgedRole = "about" | "mention" | "filler";

/** A generated story's key: its language, subject and role, and a number. */
export function judgedKey(locale: Locale, role: JudgedRole, index: number, subject?: string): string {
  return role === "filler"
    ? `judged-${locale}-filler-${index}`
    : `judged-${locale}-${subject}-${role}-${index}`;
}

/**
 * The subject and role a key of judgedKey encodes (also inside a loader's
 * "<batch>-<key>-<locale>"), or null for another story.
 */
export function readJudgedKey(key: string): { subject: string; role: "about" | "mention" } | null {
  const match = /(?:^|-)judged-(?:en|ar)-(.+)-(about|mention)-\d+(?:-en|-ar)?$/.exec(key);
  return match ? { subject: match[1]!, role: match[2] as "about" | "mention" } : null;
}

/** A text's words as search compares spellings: normalised, lower case, letters and digits only. */
export function normalizedWords(text: string): string[] {
  return normalizeSearchText(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * What a word shares with its other forms, crudely and without the site's
 * analysis (the corpus must not be judged by the rules it measures): in
 * Arabic its first four letters once an article (with و ف ب ك ل before it)
 * is taken off, in English its first five. «المهرجانات» and «مهرجان» share
 * «مهرج», "festivals" and "festival" share "festi".
 */
export function wordFamily(locale: Locale, word: string): string {
  if (locale === "en") return word.slice(0, 5);
  return word.replace(/^(?:[وف]?[بكل]?ال|[وف]?لل)(?=\p{L}{3})/u, "").slice(0, 4);
}

/**
 * The word list of a language without any word the bank uses anywhere, nor
 * any of the same family (wordFamily). The filler's vocabulary is small, so
 * each of its words is in most filler stories: «المهرجانات» left in it put
 * a form of the query «مهرجانات» in 1,687 of 2,000 stories, which judged
 * them not relevant and pushed the stories about festivals past the 500
 * newest matches search ranks.
 */
export function fillerWords(locale: Locale, subjects: CorpusSubject[]): string[] {
  const used = new Set(
    subjects.flatMap((subject) =>
      [
        ...subject.headlines,
        ...subject.deks,
        ...subject.body,
        ...subject.mentions,
        ...subject.queries.map((each) => each.query),
      ].flatMap(normalizedWords),
    ),
  );
  const families = new Set([...used].map((word) => wordFamily(locale, word)));
  return words[locale].filter((word) =>
    normalizedWords(word).every((each) => !used.has(each) && !families.has(wordFamily(locale, each))),
  );
}

export function judgedStories(opts: {
  locale: Locale;
  subjects: CorpusSubject[];
  /** Stories in all, filler included (at least the subjects' own). */
  size: number;
  seed?: number;
  newest?: Date;
}): StoryLine[] {
  const { locale, subjects } = opts;
  const next = seededRandom(opts.seed ?? 24);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const shuffled = <T>(items: readonly T[]) => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  const filler = fillerWords(locale, subjects);
  const sentence = (min: number, max: number) => {
    const text = Array.from({ length: int(min, max) }, () => pick(filler)).join(" ");
    return locale === "en" ? `${text[0]!.toUpperCase()}${text.slice(1)}.` : `${text}.`;
  };
  const paragraph = () => Array.from({ length: int(2, 4) }, () => sentence(10, 20)).join(" ");
  const texts: { key: string; headline: string; dek: string; body: string }[] = [];
  for (const subject of subjects) {
    const abouts = Math.min(int(2, 3), subject.headlines.length);
    for (let n = 0; n < abouts; n++) {
      // The subject's lead sentence opens the body; some of its others
      // return among the filler.
      const [lead, ...rest] = subject.body;
      const own = shuffled(rest).slice(0, int(1, rest.length));
      const paragraphs = [lead!, paragraph(), ...own.flatMap((line) => [line, paragraph()])];
      texts.push({
        key: judgedKey(locale, "about", n, subject.id),
        headline: subject.headlines[n]!,
        dek: subject.deks[n % subject.deks.length]!,
        body: paragraphs.join("\n\n"),
      });
    }
    const mentions = int(2, 4);
    for (let n = 0; n < mentions; n++) {
      const paragraphs = Array.from({ length: int(5, 8) }, paragraph);
      const at = int(2, paragraphs.length - 1);
      paragraphs[at] = `${paragraphs[at]} ${subject.mentions[n % subject.mentions.length]}`;
      texts.push({
        key: judgedKey(locale, "mention", n, subject.id),
        headline: sentence(8, 14).slice(0, -1),
        dek: sentence(18, 30),
        body: paragraphs.join("\n\n"),
      });
    }
  }
  for (let n = 0; texts.length < opts.size; n++) {
    texts.push({
      key: judgedKey(locale, "filler", n),
      headline: sentence(8, 14).slice(0, -1),
      dek: sentence(18, 30),
      body: Array.from({ length: int(5, 10) }, paragraph).join("\n\n"),
    });
  }
  // Dated in a random order: the subjects' stories are spread over the
  // corpus's time, neither all newest nor all oldest.
  const newest = (opts.newest ?? new Date()).getTime();
  let time = newest;
  return shuffled(texts).map((text) => {
    time -= int(3, 9) * 60_000;
    return {
      key: text.key,
      section: "world",
      sourceLocale: locale,
      publishedAt: new Date(time).toISOString(),
      authors: [],
      topics: [],
      translations: { [locale]: { slug: text.key, headline: text.headline, dek: text.dek, body: text.body } },
    };
  });
}
