import "server-only";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { nameVariantKey } from "@/lib/search/name-variant-key";
import { cacheTags } from "@/lib/stories/cache-tags";
import {
  MAX_SPELLINGS,
  parseSpellings,
  type Spelling,
  type SpellingsError,
} from "@/lib/search-words/search-words-fields";

export type NameSetResult =
  | { ok: true; tags: string[] }
  | { ok: false; kind: "forbidden" | "not-found" | "conflict" | "full" }
  | { ok: false; kind: "invalid"; error: SpellingsError; spelling?: string };

// Search results are cached with their language's lists, and so are the
// search pages in the caching proxy: a changed variant drops both, as a publish does.
const searchTags = () => routing.locales.map((locale) => cacheTags.lists(locale));
const listed = (spellings: { spelling: string }[]) => spellings.map((each) => each.spelling).join(", ");

/** The spelling another set already has, for the editor: the unique index says only that one does. */
async function takenSpelling(spellings: Spelling[], setId: number | null): Promise<string | undefined> {
  const holder = await db().nameVariant.findFirst({
    where: { key: { in: spellings.map((each) => each.key) }, ...(setId ? { setId: { not: setId } } : {}) },
  });
  return spellings.find((each) => each.key === holder?.key)?.spelling;
}

/** Adds a set of spellings (setId null) or replaces a set's spellings. Editors keep them. */
export async function saveNameSet(
  actor: NewsroomUser | null,
  setId: number | null,
  text: string,
): Promise<NameSetResult> {
  if (!can(actor, { type: "searchWords.manage" })) return { ok: false, kind: "forbidden" };
  const parsed = parseSpellings(text);
  if (!parsed.ok) return { ok: false, kind: "invalid", error: parsed.error, spelling: parsed.spelling };
  const { spellings } = parsed;
  try {
    const saved = await db().$transaction(async (tx) => {
      let id = setId;
      if (id === null) id = (await tx.nameVariantSet.create({ data: {} })).id;
      else if ((await tx.nameVariantSet.updateMany({ where: { id }, data: {} })).count === 0) return false;
      await tx.nameVariant.deleteMany({ where: { setId: id } });
      await tx.nameVariant.createMany({ data: spellings.map((each) => ({ setId: id, ...each })) });
      await recordAudit(tx, {
        actorId: actor!.id,
        action: setId === null ? "names.create" : "names.update",
        subject: `names:${id}`,
        details: { spellings: listed(spellings) },
      });
      return true;
    });
    return saved ? { ok: true, tags: searchTags() } : { ok: false, kind: "not-found" };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { ok: false, kind: "invalid", error: "taken", spelling: await takenSpelling(spellings, setId) };
  }
}

export async function deleteNameSet(actor: NewsroomUser | null, setId: number): Promise<NameSetResult> {
  if (!can(actor, { type: "searchWords.manage" })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx) => {
    const spellings = await tx.nameVariant.findMany({ where: { setId }, orderBy: { id: "asc" } });
    const deleted = await tx.nameVariantSet.deleteMany({ where: { id: setId } });
    if (deleted.count === 0) return { ok: false, kind: "not-found" };
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "names.delete",
      subject: `names:${setId}`,
      details: { spellings: listed(spellings) },
    });
    return { ok: true, tags: searchTags() };
  });
}

/** A glossary term's two names, as name-variant spellings. */
async function glossaryPair(termId: number) {
  const names = await db().glossaryTermName.findMany({ where: { termId } });
  const en = names.find((name) => name.locale === "en");
  const ar = names.find((name) => name.locale === "ar");
  if (!en || !ar) return null;
  return [en.text, ar.text].map((spelling) => ({ spelling, key: nameVariantKey(spelling) }));
}

/**
 * An editor accepts a glossary term's pair as name variants: a new set when
 * neither name is in one, else the other name joins the set that has one.
 * Names already in two different sets are for an editor to sort out by hand.
 */
export async function acceptGlossaryPair(actor: NewsroomUser | null, termId: number): Promise<NameSetResult> {
  if (!can(actor, { type: "searchWords.manage" })) return { ok: false, kind: "forbidden" };
  const pair = await glossaryPair(termId);
  if (!pair || pair.some((name) => name.key === "")) return { ok: false, kind: "not-found" };
  try {
    return await db().$transaction(async (tx) => {
      const held = await tx.nameVariant.findMany({ where: { key: { in: pair.map((name) => name.key) } } });
      const sets = [...new Set(held.map((row) => row.setId))];
      if (sets.length > 1) return { ok: false, kind: "conflict" } as const;
      let setId = sets[0];
      if (setId === undefined) setId = (await tx.nameVariantSet.create({ data: {} })).id;
      else if ((await tx.nameVariant.count({ where: { setId } })) >= MAX_SPELLINGS) {
        return { ok: false, kind: "full" } as const;
      }
      const missing = pair.filter((name) => !held.some((row) => row.key === name.key));
      if (missing[0]?.key === missing[1]?.key) missing.pop();
      await tx.nameVariant.createMany({ data: missing.map((name) => ({ setId, ...name })) });
      await tx.nameVariantSet.update({ where: { id: setId }, data: {} });
      await recordAudit(tx, {
        actorId: actor!.id,
        action: "names.accept",
        subject: `names:${setId}`,
        details: { en: pair[0]!.spelling, ar: pair[1]!.spelling },
      });
      return { ok: true, tags: searchTags() } as const;
    });
  } catch (error) {
    // Another editor added one of the names meanwhile: the page shows where it is now.
    if (isUniqueViolation(error)) return { ok: false, kind: "conflict" };
    throw error;
  }
}

/** An editor decides a glossary term is no name variant: not offered again while its names stay. */
export async function dismissGlossaryPair(
  actor: NewsroomUser | null,
  termId: number,
): Promise<NameSetResult> {
  if (!can(actor, { type: "searchWords.manage" })) return { ok: false, kind: "forbidden" };
  const pair = await glossaryPair(termId);
  if (!pair) return { ok: false, kind: "not-found" };
  const [en, ar] = pair as [Spelling, Spelling];
  await db().$transaction(async (tx) => {
    await tx.nameVariantDismissal.upsert({
      where: { termId },
      create: { termId, enKey: en.key, arKey: ar.key },
      update: { enKey: en.key, arKey: ar.key, createdAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "names.dismiss",
      subject: `glossary:${termId}`,
      details: { en: en.spelling, ar: ar.spelling },
    });
  });
  // Nothing a reader sees changes.
  return { ok: true, tags: [] };
}
