import type { Locale } from "next-intl";
import { alignVersions, type SegmentPair, type VersionText } from "@/lib/translation-memory/align";
import { memoryKey } from "@/lib/translation-memory/segments";
import { memoryBands } from "@/lib/translation-memory/signature";

// The rows a published translation adds to the memory. Pure, so the
// benchmark fills a memory of millions of segments the way the newsroom does.

export type MemoryKind = "HEADLINE" | "DEK" | "BLOCK" | "SENTENCE";

export interface MemoryRow {
  sourceLocale: Locale;
  targetLocale: Locale;
  kind: MemoryKind;
  sourceText: string;
  sourceKey: string;
  targetText: string;
  bands: number[];
}

const KINDS: Record<SegmentPair["kind"], MemoryKind> = {
  headline: "HEADLINE",
  dek: "DEK",
  block: "BLOCK",
  sentence: "SENTENCE",
};

/** Keys shorter than this ("1.", "—") are nothing worth suggesting. */
const MIN_KEY_LENGTH = 2;

export function memoryRow(
  kind: MemoryKind,
  source: string,
  sourceLocale: Locale,
  target: string,
  targetLocale: Locale,
): MemoryRow {
  const sourceKey = memoryKey(source, sourceLocale);
  return {
    sourceLocale,
    targetLocale,
    kind,
    sourceText: source,
    sourceKey,
    targetText: target,
    bands: memoryBands(sourceKey, sourceLocale, targetLocale),
  };
}

/**
 * Every aligned pair of a version and its translation, in both directions:
 * a pair is as good a suggestion for translating Arabic into English as the
 * other way round, and a bilingual newsroom translates both ways.
 */
export function memoryRows(source: VersionText, target: VersionText): MemoryRow[] {
  const rows: MemoryRow[] = [];
  for (const pair of alignVersions(source, target)) {
    const kind = KINDS[pair.kind];
    for (const row of [
      memoryRow(kind, pair.source, source.locale, pair.target, target.locale),
      memoryRow(kind, pair.target, target.locale, pair.source, source.locale),
    ]) {
      if (row.sourceKey.length >= MIN_KEY_LENGTH && row.targetText.trim() !== "") rows.push(row);
    }
  }
  return rows;
}
