import { parseSearchRequest } from "@/lib/search/search-request";
import { searchStories } from "@/lib/search/search-stories";
import type { SearchOutcome } from "@/lib/search/search-types";
import { searchWithVocabulary } from "@/lib/search/search-with-vocabulary";
import type { ArabiziQuery } from "@/tests/relevance/relevance-set";

// Issue 24's Arabizi measure: for each hand-written pair of the set
// (tests/relevance/arabizi.json), does the Latin query on the Arabic site
// give the same first three stories as the Arabic-script query it means?
// "Same order": the same stories in the same places; "same set": the same
// stories in any order. Shared by bench/relevance.ts and the integration
// test (tests/integration/search-vocabulary.test.ts).

export interface ArabiziAnswer extends ArabiziQuery {
  /** The Arabic the site read from the Latin query, or null (none, or the Latin words found something). */
  read: string | null;
  arabiziTop: number[];
  arabicTop: number[];
  sameOrder: boolean;
  sameSet: boolean;
}

const TOP = 3;

const top = (outcome: SearchOutcome) =>
  outcome.kind === "results" ? outcome.hits.slice(0, TOP).map((hit) => hit.storyId) : [];

export async function arabiziAnswers(set: ArabiziQuery[]): Promise<ArabiziAnswer[]> {
  const answers: ArabiziAnswer[] = [];
  for (const pair of set) {
    const latin = await searchWithVocabulary("ar", parseSearchRequest({ q: pair.query }));
    const arabiziTop = top(latin);
    const arabicTop = top(await searchStories("ar", parseSearchRequest({ q: pair.arabic })));
    const sameOrder = arabicTop.length > 0 && arabiziTop.join() === arabicTop.join();
    const sameSet =
      arabicTop.length > 0 &&
      arabiziTop.length === arabicTop.length &&
      arabiziTop.every((id) => arabicTop.includes(id));
    const read = latin.kind === "results" ? (latin.arabizi?.query ?? null) : null;
    answers.push({ ...pair, read, arabiziTop, arabicTop, sameOrder, sameSet });
  }
  return answers;
}

export function arabiziAgreement(answers: ArabiziAnswer[]): { sameOrder: number; sameSet: number } {
  const share = (count: number) => (answers.length === 0 ? 0 : count / answers.length);
  return {
    sameOrder: share(answers.filter((answer) => answer.sameOrder).length),
    sameSet: share(answers.filter((answer) => answer.sameSet).length),
  };
}

/** The lines bench:relevance prints: the agreement, then each pair whose first three differ. */
export function arabiziReport(answers: ArabiziAnswer[]): string {
  const { sameOrder, sameSet } = arabiziAgreement(answers);
  const share = (value: number) => `${(value * 100).toFixed(1)}%`;
  const differing = answers
    .filter((answer) => !answer.sameOrder)
    .map(
      (answer) =>
        `- ${answer.query} → ${answer.read ?? "(not read)"} (meant: ${answer.arabic})${answer.sameSet ? ", same stories in another order" : ""}`,
    );
  return [
    `Arabizi (${answers.length} hand-written queries, tests/relevance/arabizi.json): the same first three stories as the Arabic query in the same order ${share(sameOrder)}, as a set ${share(sameSet)}.`,
    "",
    "Pairs whose first three differ:",
    "",
    ...differing,
  ].join("\n");
}
