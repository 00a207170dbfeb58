import type { Locale } from "next-intl";
import { memoryRows } from "@/lib/translation-memory/memory-rows";
import { stories } from "@/prisma/content/stories/index";

// The translation memory's match-quality set, from the demo stories'
// published pairs (shared by tests/integration/translation-memory.test.ts,
// which holds the bar, and bench/translation-memory.ts, which reports it):
// - "edited": a paragraph the memory holds, with one small edit of the kind
//   a follow-up story makes (a name, a number, one word), should get its
//   earlier translation as the first suggestion, at 70% or more;
// - "unrelated": a paragraph of another story, asked with its own story's
//   pairs out of the memory, should score under 50%.

export type EditKind = "name" | "number" | "word";

export interface EditedCase {
  storyKey: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  edit: EditKind;
  original: string;
  query: string;
  expected: string;
}

export interface UnrelatedCase {
  storyKey: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  query: string;
}

/** Paragraphs long enough to be worth a memory lookup: a subheading with one word changed is a new subheading. */
const MIN_WORDS = 12;

const OTHER_NAME: Record<Locale, string> = { en: "Haddad", ar: "حداد" };
const OTHER_WORD: Record<Locale, string> = { en: "reportedly", ar: "تقريباً" };

/** The first name-like word after the first: a capitalized word in English, the word after «قال» or «وزير» in Arabic, else the middle one. */
function nameIndex(words: string[], locale: Locale): number {
  if (locale === "en") {
    const index = words.findIndex((word, i) => i > 0 && /^[A-Z][a-z]{2,}/.test(word));
    return index === -1 ? Math.floor(words.length / 2) : index;
  }
  const after = words.findIndex((word) => /^(?:و?قال|وزير|رئيس)/.test(word));
  return after !== -1 && after + 1 < words.length ? after + 1 : Math.floor(words.length / 2);
}

export function editParagraph(text: string, locale: Locale, edit: EditKind): string | null {
  const words = text.split(" ");
  if (edit === "number") {
    const match = /\d[\d,.]*/.exec(text);
    if (!match) return null;
    const digits = match[0].replace(/[,.]/g, "");
    const changed = String(Number(digits.slice(0, 6)) + 7);
    return text.slice(0, match.index) + changed + text.slice(match.index + match[0].length);
  }
  if (edit === "name") {
    words[nameIndex(words, locale)] = OTHER_NAME[locale];
    return words.join(" ");
  }
  words.splice(Math.floor(words.length / 3), 0, OTHER_WORD[locale]);
  return words.join(" ");
}

interface PairedBlock {
  storyKey: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  source: string;
  target: string;
}

function pairedBlocks(): PairedBlock[] {
  const blocks: PairedBlock[] = [];
  for (const story of stories) {
    const source = story.translations[story.sourceLocale];
    const otherLocale: Locale = story.sourceLocale === "en" ? "ar" : "en";
    const target = story.translations[otherLocale];
    if (!source || !target) continue;
    for (const row of memoryRows(
      { locale: story.sourceLocale, ...source },
      { locale: otherLocale, ...target },
    )) {
      if (row.kind !== "BLOCK" || row.sourceText.split(" ").length < MIN_WORDS) continue;
      blocks.push({
        storyKey: story.key,
        sourceLocale: row.sourceLocale,
        targetLocale: row.targetLocale,
        source: row.sourceText,
        target: row.targetText,
      });
    }
  }
  return blocks;
}

export function editedCases(): EditedCase[] {
  const cases: EditedCase[] = [];
  for (const block of pairedBlocks()) {
    for (const edit of ["name", "number", "word"] as const) {
      const query = editParagraph(block.source, block.sourceLocale, edit);
      if (query === null || query === block.source) continue;
      cases.push({ ...block, edit, original: block.source, query, expected: block.target });
    }
  }
  return cases;
}

/** Every long paragraph, to be asked with its own story's pairs out of the memory. */
export function unrelatedCases(): UnrelatedCase[] {
  return pairedBlocks().map(({ storyKey, sourceLocale, targetLocale, source }) => ({
    storyKey,
    sourceLocale,
    targetLocale,
    query: source,
  }));
}
