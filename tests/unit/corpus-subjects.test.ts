import type { Locale } from "next-intl";
import { describe, expect, it } from "vitest";
import { storyLineSchema } from "@/lib/import/story-line";
import {
  fillerWords,
  judgedStories,
  normalizedWords,
  readJudgedKey,
  wordFamily,
} from "@/scripts/corpus/judged-stories";
import { corpusSubjects, judgedCorpusQueries } from "@/tests/relevance/corpus-subjects";

const LOCALES: Locale[] = ["en", "ar"];
const SIZE = 1_000;
const corpus = (locale: Locale) => judgedStories({ locale, subjects: corpusSubjects[locale], size: SIZE });

function bankWords(locale: Locale): Set<string> {
  return new Set(
    corpusSubjects[locale].flatMap((each) =>
      [
        ...each.headlines,
        ...each.deks,
        ...each.body,
        ...each.mentions,
        ...each.queries.map((query) => query.query),
      ].flatMap(normalizedWords),
    ),
  );
}

describe("the generated relevance corpus", () => {
  it.each(LOCALES)("has about 60 %s subjects and at least 200 queries, none twice", (locale) => {
    expect(corpusSubjects[locale].length).toBeGreaterThanOrEqual(50);
    const queries = corpusSubjects[locale].flatMap((each) => each.queries.map((query) => query.query));
    expect(queries.length).toBeGreaterThanOrEqual(200);
    expect(new Set(queries).size).toBe(queries.length);
  });

  it("tells the same subjects in both languages", () => {
    expect(corpusSubjects.ar.map((each) => each.id)).toEqual(corpusSubjects.en.map((each) => each.id));
  });

  it.each(LOCALES)(
    "judges every %s query by its subject's stories and finds some that mention it",
    (locale) => {
      const lines = corpus(locale);
      expect(lines.length).toBe(SIZE);
      const queries = judgedCorpusQueries(locale, lines);
      const written = corpusSubjects[locale].flatMap((each) =>
        each.queries.map((query) => ({ ...query, subject: each.id })),
      );
      expect(queries.map((each) => each.query)).toEqual(written.map((each) => each.query));
      queries.forEach((query, index) => {
        const { subject, also = [] } = written[index]!;
        const judged = query.relevant.map((key) => readJudgedKey(key));
        // Two or three stories about the subject, and only "about" stories of it or of its `also`.
        const own = judged.filter((each) => each?.subject === subject).length;
        expect(own, query.query).toBeGreaterThanOrEqual(2);
        expect(own, query.query).toBeLessThanOrEqual(3);
        expect(
          judged.every((each) => each?.role === "about" && [subject, ...also].includes(each.subject)),
        ).toBe(true);
        expect(query.mentions.length, query.query).toBeGreaterThanOrEqual(2);
        expect(query.mentions.length, query.query).toBeLessThanOrEqual(4);
      });
    },
  );

  it.each(LOCALES)("draws the %s filler from words the bank never uses", (locale) => {
    const used = bankWords(locale);
    const filler = fillerWords(locale, corpusSubjects[locale]);
    expect(filler.length).toBeGreaterThan(100);
    expect(filler.flatMap(normalizedWords).filter((word) => used.has(word))).toEqual([]);
    // And the filler stories hold no word of the bank, in any field.
    const leaks = corpus(locale)
      .filter((line) => readJudgedKey(line.key) === null)
      .flatMap((line) => {
        const text = line.translations[locale]!;
        return normalizedWords(`${text.headline} ${text.dek} ${text.body}`).filter((word) => used.has(word));
      });
    expect(leaks).toEqual([]);
  });

  it.each(LOCALES)("leaves out of the %s filler every other form of a bank word", (locale) => {
    const families = new Set([...bankWords(locale)].map((word) => wordFamily(locale, word)));
    const filler = fillerWords(locale, corpusSubjects[locale]).flatMap(normalizedWords);
    expect(filler.filter((word) => families.has(wordFamily(locale, word)))).toEqual([]);
    // Forms the old list held beside the bank's «مهرجانات» and "festival".
    expect(filler).not.toContain(locale === "ar" ? "المهرجانات" : "festivals");
  });

  it.each(LOCALES)("spreads the %s subjects' stories over the corpus's dates", (locale) => {
    const lines = corpus(locale);
    const newestFirst = [...lines].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
    const halves = [newestFirst.slice(0, SIZE / 2), newestFirst.slice(SIZE / 2)];
    for (const half of halves) {
      expect(half.filter((line) => readJudgedKey(line.key)?.role === "about").length).toBeGreaterThan(20);
    }
  });

  it.each(LOCALES)("builds valid %s story lines, the same ones for the same seed", (locale) => {
    const lines = corpus(locale);
    expect(lines.filter((line) => !storyLineSchema.safeParse(line).success)).toEqual([]);
    const again = judgedStories({
      locale,
      subjects: corpusSubjects[locale],
      size: SIZE,
      newest: new Date(0),
    });
    const first = judgedStories({
      locale,
      subjects: corpusSubjects[locale],
      size: SIZE,
      newest: new Date(0),
    });
    expect(again).toEqual(first);
  });
});
