import "server-only";
import { db } from "@/lib/db/client";
import { nameVariantKey } from "@/lib/search/name-variant-key";

export interface NameSet {
  id: number;
  spellings: string[];
}

export interface GlossaryCandidate {
  termId: number;
  en: string;
  ar: string;
  /** The set one of the names is in already (the other would join it), or null for a new set. */
  joins: NameSet | null;
  /** Each name is in a different set already: accepting would merge two names an editor must look at. */
  conflict: boolean;
}

export interface ArabicPluralRow {
  id: number;
  singular: string;
  plural: string;
}

/** Every set, by its first spelling. Editors keep a few hundred at most. */
export async function listNameSets(): Promise<NameSet[]> {
  const sets = await db().nameVariantSet.findMany({
    include: { spellings: { orderBy: { id: "asc" }, select: { spelling: true } } },
  });
  return sets
    .map((set) => ({ id: set.id, spellings: set.spellings.map((each) => each.spelling) }))
    .sort((a, b) => (a.spellings[0] ?? "").localeCompare(b.spellings[0] ?? ""));
}

// The newest glossary terms read for candidates: a glossary of thousands is
// offered a screen at a time, newest first, as editors add terms.
const GLOSSARY_READ = 2_000;
export const CANDIDATES_SHOWN = 20;

/**
 * Glossary terms whose two names are not yet spellings of one name, and not
 * dismissed with these names: candidates an editor accepts or dismisses.
 */
export async function glossaryCandidates(): Promise<{ candidates: GlossaryCandidate[]; total: number }> {
  const terms = await db().glossaryTerm.findMany({
    orderBy: { id: "desc" },
    take: GLOSSARY_READ,
    select: { id: true, names: { select: { locale: true, text: true } } },
  });
  const pairs = terms.flatMap((term) => {
    const en = term.names.find((name) => name.locale === "en")?.text;
    const ar = term.names.find((name) => name.locale === "ar")?.text;
    if (!en || !ar || nameVariantKey(en) === "" || nameVariantKey(ar) === "") return [];
    return [{ termId: term.id, en, ar, enKey: nameVariantKey(en), arKey: nameVariantKey(ar) }];
  });
  const keys = pairs.flatMap((pair) => [pair.enKey, pair.arKey]);
  const [held, dismissed] = await Promise.all([
    db().nameVariant.findMany({ where: { key: { in: keys } }, select: { key: true, setId: true } }),
    db().nameVariantDismissal.findMany({ where: { termId: { in: pairs.map((pair) => pair.termId) } } }),
  ]);
  const setOf = new Map(held.map((row) => [row.key, row.setId]));
  const open = pairs.filter((pair) => {
    const gone = dismissed.find((row) => row.termId === pair.termId);
    if (gone && gone.enKey === pair.enKey && gone.arKey === pair.arKey) return false;
    const [en, ar] = [setOf.get(pair.enKey), setOf.get(pair.arKey)];
    return en === undefined || ar === undefined || en !== ar;
  });
  const shown = open.slice(0, CANDIDATES_SHOWN);
  const setIds = [...new Set(shown.flatMap((pair) => [setOf.get(pair.enKey), setOf.get(pair.arKey)]))];
  const sets = await db().nameVariantSet.findMany({
    where: { id: { in: setIds.filter((id) => id !== undefined) } },
    include: { spellings: { orderBy: { id: "asc" }, select: { spelling: true } } },
  });
  const candidates = shown.map((pair): GlossaryCandidate => {
    const [en, ar] = [setOf.get(pair.enKey), setOf.get(pair.arKey)];
    const set = sets.find((each) => each.id === (en ?? ar));
    return {
      termId: pair.termId,
      en: pair.en,
      ar: pair.ar,
      joins: set ? { id: set.id, spellings: set.spellings.map((each) => each.spelling) } : null,
      conflict: en !== undefined && ar !== undefined,
    };
  });
  return { candidates, total: open.length };
}

/** The table of broken plurals, alphabetical by singular. */
export async function listArabicPlurals(): Promise<ArabicPluralRow[]> {
  const rows = await db().arabicPlural.findMany({ select: { id: true, singular: true, plural: true } });
  return rows.sort((a, b) => a.singular.localeCompare(b.singular, "ar"));
}
