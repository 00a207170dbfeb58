type Query = Record<string, string | string[] | undefined>;

/**
 * What the last action did (`?done=` / `?problem=` after its redirect), kept
 * only when it is one of the outcomes the screen has words for.
 */
export function outcomeFrom<Done extends string, Problem extends string>(
  query: Query,
  done: readonly Done[],
  problems: readonly Problem[],
): { done: Done | null; problem: Problem | null } {
  return {
    done: done.find((value) => value === query.done) ?? null,
    problem: problems.find((value) => value === query.problem) ?? null,
  };
}
