import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GlossaryKind, TermValues } from "@/lib/glossary/glossary-fields";
import { glossaryKey, type Term } from "@/lib/glossary/term-matching";

export interface GlossaryEntry extends TermValues {
  id: number;
  updatedAt: Date;
}

export const GLOSSARY_PAGE_SIZE = 50;
export const MAX_GLOSSARY_QUERY = 100;

type Row = Prisma.GlossaryTermGetPayload<{ include: { names: true } }>;

function entry(row: Row): GlossaryEntry {
  const names = Object.fromEntries(routing.locales.map((locale) => [locale, ""])) as Record<Locale, string>;
  for (const name of row.names) names[name.locale] = name.text;
  return { id: row.id, kind: row.kind as GlossaryKind, names, note: row.note, updatedAt: row.updatedAt };
}

/** A page of the glossary, alphabetical in the viewer's language, filtered by any part of a name in either. */
export async function listGlossary(options: {
  query: string;
  page: number;
  uiLocale: Locale;
}): Promise<{ entries: GlossaryEntry[]; total: number }> {
  const key = glossaryKey(options.query.slice(0, MAX_GLOSSARY_QUERY));
  const where: Prisma.GlossaryTermWhereInput =
    key === "" ? {} : { names: { some: { key: { contains: key } } } };
  const [total, ids] = await Promise.all([
    db().glossaryTerm.count({ where }),
    db().$queryRaw<{ id: number }[]>`
      SELECT t."id" FROM "GlossaryTerm" t
      LEFT JOIN "GlossaryTermName" n ON n."termId" = t."id" AND n."locale" = ${options.uiLocale}::"Locale"
      WHERE ${key} = '' OR EXISTS (
        SELECT 1 FROM "GlossaryTermName" m WHERE m."termId" = t."id" AND strpos(m."key", ${key}) > 0)
      ORDER BY n."key", t."id"
      LIMIT ${GLOSSARY_PAGE_SIZE} OFFSET ${(options.page - 1) * GLOSSARY_PAGE_SIZE}`,
  ]);
  const rows = await db().glossaryTerm.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    include: { names: true },
  });
  const byId = new Map(rows.map((row) => [row.id, entry(row)]));
  return { entries: ids.map((row) => byId.get(row.id)!).filter(Boolean), total };
}

/** The whole glossary, for export. */
export async function allGlossaryTerms(): Promise<GlossaryEntry[]> {
  const rows = await db().glossaryTerm.findMany({ include: { names: true }, orderBy: { id: "asc" } });
  return rows.map(entry);
}

export interface PairTerm {
  id: number;
  kind: GlossaryKind;
  note: string;
  source: Term;
  target: Term;
}

/** The terms named in both languages of a pair, to mark in a source and check in its translation. */
export async function glossaryForPair(source: Locale, target: Locale): Promise<PairTerm[]> {
  const rows = await db().glossaryTerm.findMany({ include: { names: true } });
  const terms: PairTerm[] = [];
  for (const row of rows) {
    const from = row.names.find((name) => name.locale === source);
    const to = row.names.find((name) => name.locale === target);
    if (!from || !to) continue;
    terms.push({
      id: row.id,
      kind: row.kind as GlossaryKind,
      note: row.note,
      source: { id: row.id, text: from.text, key: from.key },
      target: { id: row.id, text: to.text, key: to.key },
    });
  }
  return terms;
}
