import type { Locale } from "next-intl";
import type { PairTerm } from "@/lib/glossary/glossary-queries";
import { containsTerm, findTerms } from "@/lib/glossary/term-matching";

// The glossary in the translation editor: where its terms stand in the
// source, and which approved translations the translation lacks.

export interface TermMark {
  start: number;
  end: number;
  termId: number;
}

/** What the editor shows for a term: its approved translation and note. */
export interface ApprovedTerm {
  source: string;
  target: string;
  note: string;
}

export interface EditorTerms {
  /** By term id, for the terms the source uses. */
  approved: Record<number, ApprovedTerm>;
  headline: TermMark[];
  dek: TermMark[];
  /** Per body block, in the blocks' order. */
  blocks: TermMark[][];
  /** Terms the source uses whose approved translation the translation does not contain. */
  missing: number[];
}

export function editorTerms(
  terms: PairTerm[],
  source: { headline: string; dek: string; blocks: string[] },
  sourceLocale: Locale,
  translation: { headline: string; dek: string; body: string } | null,
  targetLocale: Locale,
): EditorTerms {
  const candidates = terms.map((term) => term.source);
  const byId = new Map(terms.map((term) => [term.id, term]));
  const approved: Record<number, ApprovedTerm> = {};
  const marks = (text: string): TermMark[] =>
    findTerms(text, sourceLocale, candidates).map(({ term, at }) => {
      const entry = byId.get(term.id)!;
      approved[term.id] = { source: entry.source.text, target: entry.target.text, note: entry.note };
      return { ...at, termId: term.id };
    });
  const headline = marks(source.headline);
  const dek = marks(source.dek);
  const blocks = source.blocks.map(marks);
  const translated = translation
    ? [translation.headline, translation.dek, translation.body].join("\n\n")
    : null;
  const missing =
    translated === null
      ? []
      : Object.keys(approved)
          .map(Number)
          .filter((id) => !containsTerm(translated, targetLocale, byId.get(id)!.target));
  return { approved, headline, dek, blocks, missing };
}
