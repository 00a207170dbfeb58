import "server-only";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { cacheTags } from "@/lib/stories/cache-tags";
import { parsePlural, type PluralErrors } from "@/lib/search-words/search-words-fields";

export type PluralResult =
  | { ok: true; tags: string[] }
  | { ok: false; kind: "forbidden" | "not-found" }
  | { ok: false; kind: "invalid"; errors: PluralErrors };

// Only Arabic searches read the table; their results and pages are cached with the Arabic lists.
const arabicSearchTags = () => [cacheTags.lists("ar")];

/**
 * Adds a singular and its broken plural (أستاذ / أساتذة); PostgreSQL
 * generates their stems (migration "arabic_plurals"). The same pair in
 * other spellings (أستاذ / استاذ) or the other way round is a duplicate.
 */
export async function addArabicPlural(
  actor: NewsroomUser | null,
  input: { singular: string; plural: string },
): Promise<PluralResult> {
  if (!can(actor, { type: "searchWords.manage" })) return { ok: false, kind: "forbidden" };
  const parsed = parsePlural(input);
  if (!parsed.ok) return { ok: false, kind: "invalid", errors: parsed.errors };
  const { singular, plural } = parsed;
  const duplicate = { ok: false, kind: "invalid", errors: { plural: "duplicate" } } as const;
  try {
    return await db().$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ found: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM "ArabicPlural"
          WHERE (normalize_search_text(singular), normalize_search_text(plural)) IN
            ((normalize_search_text(${singular}), normalize_search_text(${plural})),
             (normalize_search_text(${plural}), normalize_search_text(${singular})))) AS found`;
      if (row?.found) return duplicate;
      const { id } = await tx.arabicPlural.create({ data: { singular, plural } });
      await recordAudit(tx, {
        actorId: actor!.id,
        action: "plurals.add",
        subject: `plural:${id}`,
        details: { singular, plural },
      });
      return { ok: true, tags: arabicSearchTags() } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return duplicate;
    throw error;
  }
}

export async function removeArabicPlural(actor: NewsroomUser | null, id: number): Promise<PluralResult> {
  if (!can(actor, { type: "searchWords.manage" })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx) => {
    const row = await tx.arabicPlural.findUnique({ where: { id }, select: { singular: true, plural: true } });
    if (!row) return { ok: false, kind: "not-found" } as const;
    await tx.arabicPlural.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "plurals.remove",
      subject: `plural:${id}`,
      details: { singular: row.singular, plural: row.plural },
    });
    return { ok: true, tags: arabicSearchTags() } as const;
  });
}
