import "server-only";
import { db } from "@/lib/db/client";
import { lookupKeys, nameWords } from "@/lib/search/name-variant-key";
import { MAX_TERMS } from "@/lib/search/search-query";

/**
 * The spellings of every name the query may spell, by the key of the
 * spelling found (Jbeil → Byblos, Jbeil, Jbail, جبيل; the found one too, as
 * its editor wrote it: "Zahlé" typed finds "Zahle"): one indexed look-up of the
 * query's runs of words (lib/search/name-variant-key.ts) in the editors'
 * table. Empty when the query spells none.
 */
export async function nameVariantsFor(query: string): Promise<Map<string, string[]>> {
  const variants = new Map<string, string[]>();
  // Words beyond the terms the query builder reads are never looked up.
  const keys = lookupKeys(nameWords(query).slice(0, MAX_TERMS * 2));
  if (keys.length === 0) return variants;
  const rows = await db().$queryRaw<{ key: string; spelling: string }[]>`
    SELECT found.key, other.spelling
    FROM "NameVariant" found
    JOIN "NameVariant" other ON other."setId" = found."setId"
    WHERE found.key = ANY(${keys})
    ORDER BY other.id`;
  for (const { key, spelling } of rows) variants.set(key, [...(variants.get(key) ?? []), spelling]);
  return variants;
}
