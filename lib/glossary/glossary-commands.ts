import "server-only";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { csvToGlossary, type CsvProblem } from "@/lib/glossary/glossary-csv";
import { parseTerm, type TermErrors, type TermInput, type TermValues } from "@/lib/glossary/glossary-fields";
import { glossaryKey } from "@/lib/glossary/term-matching";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";

export type TermResult =
  | { ok: true; termId: number }
  | { ok: false; kind: "forbidden" | "not-found" }
  | { ok: false; kind: "invalid"; errors: TermErrors };

export type ImportResult =
  | { ok: true; created: number; updated: number }
  | { ok: false; kind: "forbidden" }
  | { ok: false; kind: "invalid"; problems: CsvProblem[] };

const nameRows = (term: TermValues) =>
  routing.locales.map((locale) => ({
    locale,
    text: term.names[locale],
    key: glossaryKey(term.names[locale]),
  }));

/** Which names another term already has: the unique index says only that one does. */
async function taken(term: TermValues, termId: number | null): Promise<TermErrors> {
  const errors: TermErrors = {};
  for (const { locale, key } of nameRows(term)) {
    const holder = await db().glossaryTermName.findUnique({ where: { locale_key: { locale, key } } });
    if (holder && holder.termId !== termId) errors[locale] = "taken";
  }
  return errors;
}

async function writeNames(tx: Prisma.TransactionClient, termId: number, term: TermValues): Promise<void> {
  await tx.glossaryTermName.deleteMany({ where: { termId } });
  await tx.glossaryTermName.createMany({ data: nameRows(term).map((row) => ({ termId, ...row })) });
}

/** Adds a term (termId null) or changes one. Editors keep the glossary. */
export async function saveTerm(
  actor: NewsroomUser | null,
  termId: number | null,
  input: TermInput,
): Promise<TermResult> {
  if (!can(actor, { type: "glossary.manage" })) return { ok: false, kind: "forbidden" };
  const parsed = parseTerm(input);
  if (!parsed.ok) return { ok: false, kind: "invalid", errors: parsed.errors };
  const term = parsed.term;
  try {
    const saved = await db().$transaction(async (tx) => {
      let id = termId;
      if (id === null) {
        id = (
          await tx.glossaryTerm.create({ data: { kind: term.kind, note: term.note, createdById: actor!.id } })
        ).id;
      } else {
        const updated = await tx.glossaryTerm.updateMany({
          where: { id },
          data: { kind: term.kind, note: term.note },
        });
        if (updated.count === 0) return null;
      }
      await writeNames(tx, id, term);
      await recordAudit(tx, {
        actorId: actor!.id,
        action: termId === null ? "glossary.create" : "glossary.update",
        subject: `glossary:${id}`,
        details: { kind: term.kind, ...term.names },
      });
      return id;
    });
    return saved === null ? { ok: false, kind: "not-found" } : { ok: true, termId: saved };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, kind: "invalid", errors: await taken(term, termId) };
    throw error;
  }
}

export async function deleteTerm(actor: NewsroomUser | null, termId: number): Promise<TermResult> {
  if (!can(actor, { type: "glossary.manage" })) return { ok: false, kind: "forbidden" };
  return db().$transaction(async (tx) => {
    const names = await tx.glossaryTermName.findMany({ where: { termId } });
    const deleted = await tx.glossaryTerm.deleteMany({ where: { id: termId } });
    if (deleted.count === 0) return { ok: false, kind: "not-found" };
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "glossary.delete",
      subject: `glossary:${termId}`,
      details: Object.fromEntries(names.map((name) => [name.locale, name.text])),
    });
    return { ok: true, termId };
  });
}

/**
 * Imports a CSV file: each row updates the term that has one of its names
 * already (so a re-import of an export changes nothing and a corrected
 * spelling in one language updates the term), or adds a new one. All rows
 * or none; one audit entry.
 */
export async function importGlossary(actor: NewsroomUser | null, csv: string): Promise<ImportResult> {
  if (!can(actor, { type: "glossary.manage" })) return { ok: false, kind: "forbidden" };
  const parsed = csvToGlossary(csv);
  if (!parsed.ok) return { ok: false, kind: "invalid", problems: parsed.problems };
  try {
    return await db().$transaction(
      async (tx) => {
        let created = 0;
        let updated = 0;
        for (const { term } of parsed.terms) {
          const holders = await tx.glossaryTermName.findMany({
            where: { OR: nameRows(term).map(({ locale, key }) => ({ locale, key })) },
            select: { termId: true },
          });
          const ids = [...new Set(holders.map((holder) => holder.termId))];
          // Two existing terms each hold one of the row's names: merging them is for a person to decide.
          if (ids.length > 1) throw new TermClash();
          if (ids.length === 1) {
            await tx.glossaryTerm.update({
              where: { id: ids[0]! },
              data: { kind: term.kind, note: term.note },
            });
            await writeNames(tx, ids[0]!, term);
            updated++;
          } else {
            const row = await tx.glossaryTerm.create({
              data: { kind: term.kind, note: term.note, createdById: actor!.id },
            });
            await writeNames(tx, row.id, term);
            created++;
          }
        }
        await recordAudit(tx, {
          actorId: actor!.id,
          action: "glossary.import",
          subject: "glossary",
          details: { created, updated },
        });
        return { ok: true as const, created, updated };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (error instanceof TermClash || isUniqueViolation(error)) {
      const problems = await clashes(parsed.terms);
      return { ok: false, kind: "invalid", problems };
    }
    throw error;
  }
}

class TermClash extends Error {}

/** The rows whose names belong to two different existing terms. */
async function clashes(terms: { line: number; term: TermValues }[]): Promise<CsvProblem[]> {
  const problems: CsvProblem[] = [];
  for (const { line, term } of terms) {
    const holders = await db().glossaryTermName.findMany({
      where: { OR: nameRows(term).map(({ locale, key }) => ({ locale, key })) },
    });
    if (new Set(holders.map((holder) => holder.termId)).size > 1) {
      problems.push({ line, kind: "repeated", locale: holders[1]!.locale as Locale });
    }
  }
  return problems.length > 0 ? problems : [{ line: 1, kind: "unreadable" }];
}
