// Ranking-quality figures for one query, from the ranked story keys a search
// returned and the keys judged relevant. Binary relevance: a story is
// relevant or not, as the relevance set judges it.

export const CUTOFF = 10;

export interface QueryScores {
  /** Share of the relevant stories found in the first CUTOFF results. */
  recall: number;
  /** 1 / position of the first relevant result; 0 when none is in the list. */
  reciprocalRank: number;
  /** Discounted gain of the first CUTOFF results over that of an ideal order. */
  ndcg: number;
}

export function scoreQuery(ranked: string[], relevant: string[]): QueryScores {
  const wanted = new Set(relevant);
  const top = ranked.slice(0, CUTOFF);
  const found = top.filter((key) => wanted.has(key)).length;
  const first = ranked.findIndex((key) => wanted.has(key));
  const gain = (position: number) => 1 / Math.log2(position + 2);
  const dcg = top.reduce((sum, key, position) => sum + (wanted.has(key) ? gain(position) : 0), 0);
  let ideal = 0;
  for (let position = 0; position < Math.min(wanted.size, CUTOFF); position++) ideal += gain(position);
  return {
    recall: wanted.size === 0 ? 0 : found / Math.min(wanted.size, CUTOFF),
    reciprocalRank: first === -1 ? 0 : 1 / (first + 1),
    ndcg: ideal === 0 ? 0 : dcg / ideal,
  };
}

/** The mean of each figure over the queries (macro average: every query counts once). */
export function meanScores(scores: QueryScores[]): QueryScores & { queries: number } {
  const mean = (pick: (each: QueryScores) => number) =>
    scores.length === 0 ? 0 : scores.reduce((sum, each) => sum + pick(each), 0) / scores.length;
  return {
    queries: scores.length,
    recall: mean((each) => each.recall),
    reciprocalRank: mean((each) => each.reciprocalRank),
    ndcg: mean((each) => each.ndcg),
  };
}
