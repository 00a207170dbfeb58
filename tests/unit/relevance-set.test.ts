import type { Locale } from "next-intl";
import { describe, expect, it } from "vitest";
import { stories } from "@/prisma/content/stories/index";
import { arabiziSet, relevanceSet } from "@/tests/relevance/relevance-set";

const LOCALES: Locale[] = ["en", "ar"];

function storiesIn(locale: Locale): Set<string> {
  return new Set(stories.filter((story) => story.translations[locale]).map((story) => story.key));
}

describe("the search relevance set", () => {
  it.each(LOCALES)("has at least 200 %s queries, none twice", (locale) => {
    const queries = relevanceSet[locale].map((each) => each.query);
    expect(queries.length).toBeGreaterThanOrEqual(200);
    expect(new Set(queries).size).toBe(queries.length);
  });

  it.each(LOCALES)("judges only stories published in %s", (locale) => {
    const published = storiesIn(locale);
    const unknown = relevanceSet[locale].flatMap((each) =>
      each.relevant.filter((key) => !published.has(key)),
    );
    expect(unknown).toEqual([]);
  });

  it("has at least 50 Arabizi queries, each judged like its Arabic query", () => {
    expect(arabiziSet.length).toBeGreaterThanOrEqual(50);
    const published = storiesIn("ar");
    const judged = new Map(relevanceSet.ar.map((each) => [each.query, each.relevant]));
    for (const each of arabiziSet) {
      expect(each.relevant.every((key) => published.has(key))).toBe(true);
      const arabic = judged.get(each.arabic);
      if (arabic) expect(each.relevant).toEqual(arabic);
    }
  });
});
