import { MAX_NAME_WORDS, firstWordForms, nameWords } from "@/lib/search/name-variant-key";

// Which of a query's terms spell a name the editors gave variants for
// (lib/search/name-variants.ts), so the query builder looks for the terms as
// typed OR any other spelling: variants only widen a search, never narrow it.

export interface QueryTerm {
  chunks: string[];
  negated: boolean;
  /** Joined to the previous term by "or". */
  or: boolean;
}

export interface TermGroup<T extends QueryTerm> {
  /** The terms as typed, all required ("and"), as without variants. */
  terms: T[];
  or: boolean;
  /** Other spellings of the name they spell, each as its words. */
  alternatives: string[][];
}

/** Other spellings looked for in one query at most: the tsquery stays small. */
export const MAX_ALTERNATIVES = 48;

/** Terms one by one; consecutive ones that spell a known name as one group with its other spellings. */
export function nameGroups<T extends QueryTerm>(
  terms: T[],
  variants: ReadonlyMap<string, string[]>,
): TermGroup<T>[] {
  const groups: TermGroup<T>[] = [];
  let index = 0;
  let budget = MAX_ALTERNATIVES;
  while (index < terms.length) {
    const found = variants.size > 0 && budget > 0 ? nameFrom(terms, index, variants) : null;
    const term = terms[index]!;
    if (found === null) {
      groups.push({ terms: [term], or: term.or, alternatives: [] });
      index += 1;
      continue;
    }
    const alternatives = variants.get(found.key)!.slice(0, budget);
    budget -= alternatives.length;
    groups.push({
      terms: terms.slice(index, index + found.count),
      or: term.or,
      alternatives: alternatives.map((spelling) => spelling.split(/\s+/).filter(Boolean)),
    });
    index += found.count;
  }
  return groups;
}

/**
 * The longest name spelled by whole terms from `start`: terms joined by
 * "and" (not "or", not excluded), at most MAX_NAME_WORDS words in all.
 */
function nameFrom<T extends QueryTerm>(
  terms: T[],
  start: number,
  variants: ReadonlyMap<string, string[]>,
): { count: number; key: string } | null {
  const words: string[] = [];
  const ends: number[] = [];
  for (let index = start; index < terms.length; index++) {
    const term = terms[index]!;
    if (term.negated || (index > start && term.or)) break;
    words.push(...term.chunks.flatMap(nameWords));
    if (words.length > MAX_NAME_WORDS) break;
    ends.push(words.length);
  }
  if (words.length === 0) return null;
  for (let count = ends.length; count >= 1; count--) {
    const rest = words.slice(1, ends[count - 1]);
    for (const first of firstWordForms(words[0]!)) {
      const key = [first, ...rest].join(" ");
      if (variants.has(key)) return { count, key };
    }
  }
  return null;
}
