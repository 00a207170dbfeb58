import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { arabiziWords } from "@/lib/search/arabizi";
import { normalizeSearchText } from "@/lib/search/normalize-search-text";

// Look-ups in the search vocabulary ("SearchWord", kept by a trigger from
// the published stories): the words nearest what a reader typed, by
// trigram similarity of their normalised forms (pg_trgm, GIN index).
// Each runs only after a search found nothing.

/** Below this similarity a stored word is not proposed (pg_trgm's own default). */
const SIMILARITY = 0.3;
/** Shorter typed words are kept as typed: two letters make too few trigrams to compare. */
const MIN_LETTERS = 3;

const TYPED_WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The typed word as the vocabulary's "normalized" column holds words. */
function vocabularyForm(word: string): string {
  return normalizeSearchText(word).toLowerCase();
}

interface Neighbour {
  position: number;
  word: string;
  normalized: string;
}

/**
 * "Did you mean": the query with each word the vocabulary lacks replaced by
 * its nearest stored word (the most similar; among near ties, the one more
 * stories hold), the rest of the query (quotes, "or", "-") as typed. Null
 * when every word is already known or none has a neighbour.
 */
export async function closestQuery(locale: Locale, query: string): Promise<string | null> {
  const typed = [...query.matchAll(TYPED_WORD)].map((match) => match[0]);
  const forms = typed.map(vocabularyForm);
  const asked = forms
    .map((form, position) => ({ form, position }))
    .filter(({ form }) => {
      return Array.from(form).length >= MIN_LETTERS && !/^\d+$/.test(form);
    });
  if (asked.length === 0) return null;
  const rows = await db().$transaction([
    db().$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY)}, true)`,
    db().$queryRaw<Neighbour[]>`
      SELECT q.position::int AS position, v.word, v.normalized
      FROM unnest(${asked.map((each) => each.form)}::text[], ${asked.map((each) => each.position)}::int[])
        AS q(form, position)
      CROSS JOIN LATERAL (
        SELECT w.word, w.normalized FROM "SearchWord" w
        WHERE w.locale = ${locale}::"Locale" AND w.normalized % q.form
        ORDER BY w.normalized = q.form DESC,
          similarity(w.normalized, q.form) + 0.02 * ln(w.stories + 1) DESC, w.stories DESC, w.word
        LIMIT 1
      ) AS v`,
  ]);
  const replacements = new Map<number, string>();
  for (const row of rows[1]) {
    if (row.normalized !== forms[row.position]) replacements.set(row.position, row.word);
  }
  if (replacements.size === 0) return null;
  let position = -1;
  return query.replace(TYPED_WORD, (word) => {
    position += 1;
    const replacement = replacements.get(position);
    if (replacement === undefined) return word;
    // "Beirutt" → "Beirut": the stored words are lower-cased.
    return /^\p{Lu}/u.test(word) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
  });
}

interface ArabiziMatch {
  position: number;
  word: string;
  score: number;
}

export interface ArabiziReading {
  /** The Arabic query searched instead. */
  query: string;
  /** The Arabic words read from the Latin ones. */
  words: string[];
}

/**
 * An Arabic-site query typed in Arabizi, read as Arabic: each Latin word's
 * candidate spellings (lib/search/arabizi.ts) looked up in the Arabic
 * vocabulary, exact or by trigram, and the best stored word kept (exact
 * and cheap spellings first; among near ties the more common word). Null
 * when the query has no Latin word or none is found.
 */
export async function readArabizi(query: string): Promise<ArabiziReading | null> {
  const words = arabiziWords(query);
  if (words === null) return null;
  // The vocabulary holds words as written, article included (الشوف): a
  // typed article is looked up with the word too.
  const candidates = words.flatMap((word, position) =>
    word.candidates.flatMap((candidate) => [
      { ...candidate, position },
      ...(/(ال|لل)$/.test(word.prefix) ? [{ ...candidate, arabic: `ال${candidate.arabic}`, position }] : []),
    ]),
  );
  const [, rows] = await db().$transaction([
    db().$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY)}, true)`,
    db().$queryRaw<ArabiziMatch[]>`
      SELECT c.position::int AS position, w.word,
        max(CASE WHEN w.normalized = c.arabic THEN 1.0 ELSE similarity(w.normalized, c.arabic) END
          - 0.04 * c.cost) + 0.01 * ln(w.stories + 1) AS score
      FROM unnest(${candidates.map((each) => each.arabic)}::text[],
        ${candidates.map((each) => each.position)}::int[], ${candidates.map((each) => each.cost)}::int[])
        AS c(arabic, position, cost)
      JOIN "SearchWord" w ON w.locale = 'ar' AND w.normalized % c.arabic
      GROUP BY c.position, w.word, w.stories`,
  ]);
  const best = new Map<number, ArabiziMatch>();
  for (const row of rows) {
    const kept = best.get(row.position);
    if (!kept || row.score > kept.score) best.set(row.position, row);
  }
  if (best.size === 0) return null;
  const read = words.map((word, position) => {
    const match = best.get(position);
    if (word.candidates.length === 0) return word.prefix;
    if (!match) return word.typed;
    return joinArticle(word.prefix, match.word);
  });
  return { query: read.join(" "), words: read };
}

/** «ال» typed ("el 3addad") before a stored word that has it already (العداد), or «لل» before one. */
function joinArticle(prefix: string, word: string): string {
  if (!word.startsWith("ال")) return prefix + word;
  if (prefix.endsWith("لل")) return prefix + word.slice(2);
  return (prefix.endsWith("ال") ? prefix.slice(0, -2) : prefix) + word;
}
