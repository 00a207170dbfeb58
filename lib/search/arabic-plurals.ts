import "server-only";
import { db } from "@/lib/db/client";

/**
 * The stems the editors' table of broken plurals links to the given ones
 * (أستاذ ↔ أساتذة), each under the stem it was found from. One indexed
 * look-up per Arabic search; empty when the query has none of them.
 */
export async function linkedPluralStems(stems: string[]): Promise<Map<string, string[]>> {
  const linked = new Map<string, string[]>();
  if (stems.length === 0) return linked;
  const rows = await db().$queryRaw<{ stem: string; other: string }[]>`
    SELECT "singularStem" AS stem, "pluralStem" AS other FROM "ArabicPlural" WHERE "singularStem" = ANY(${stems})
    UNION
    SELECT "pluralStem", "singularStem" FROM "ArabicPlural" WHERE "pluralStem" = ANY(${stems})`;
  for (const { stem, other } of rows) {
    if (stem !== other) linked.set(stem, [...(linked.get(stem) ?? []), other]);
  }
  return linked;
}
