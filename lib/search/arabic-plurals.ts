import "server-only";
import { db } from "@/lib/db/client";
import { BUILTIN_ARABIC_PLURALS } from "@/lib/search/arabic-broken-plurals";
import { arabicLightStem } from "@/lib/search/arabic-light-stem";

/** Each stem of the shipped table with the stems it is paired with, built once. */
const builtinLinks: ReadonlyMap<string, readonly string[]> = (() => {
  const links = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    if (from !== to) links.set(from, [...(links.get(from) ?? []), to]);
  };
  for (const { singular, plural } of BUILTIN_ARABIC_PLURALS) {
    const [singularStem, pluralStem] = [arabicLightStem(singular), arabicLightStem(plural)];
    link(singularStem, pluralStem);
    link(pluralStem, singularStem);
  }
  return links;
})();

/**
 * The stems broken plurals link to the given ones (أستاذ ↔ أساتذة), each
 * under the stem it was found from: the shipped table of news Arabic
 * (lib/search/arabic-broken-plurals.ts) and the editors' own pairs. One
 * indexed look-up per Arabic search; empty when the query has none of them.
 */
export async function linkedPluralStems(stems: string[]): Promise<Map<string, string[]>> {
  const linked = new Map<string, string[]>();
  if (stems.length === 0) return linked;
  const rows = await db().$queryRaw<{ stem: string; other: string }[]>`
    SELECT "singularStem" AS stem, "pluralStem" AS other FROM "ArabicPlural" WHERE "singularStem" = ANY(${stems})
    UNION
    SELECT "pluralStem", "singularStem" FROM "ArabicPlural" WHERE "pluralStem" = ANY(${stems})`;
  const found = [
    ...rows,
    ...stems.flatMap((stem) => (builtinLinks.get(stem) ?? []).map((other) => ({ stem, other }))),
  ];
  for (const { stem, other } of found) {
    const others = linked.get(stem) ?? [];
    if (stem !== other && !others.includes(other)) linked.set(stem, [...others, other]);
  }
  return linked;
}
