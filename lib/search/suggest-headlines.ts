import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { arabicSearchForm, arabicWordStems } from "@/lib/search/arabic-light-stem";
import { suggestionWords } from "@/lib/search/suggestion-words";

export interface Suggestion {
  headline: string;
  slug: string;
}

export const MAX_SUGGESTIONS = 6;

// How many of the newest published stories are read first, newest first:
// a prefix most headlines share fills the six suggestions from them at once.
const RECENT_WINDOW = 1_000;

/**
 * Published headlines in the locale holding every typed word as a word
 * prefix, newest first. Matched against the headline's lexemes in
 * "searchVector" (weight A: unstemmed, and in Arabic its stems too). Two steps, because neither plan is cheap for
 * every prefix at 100,000 stories: the newest stories are checked first
 * (a common prefix is done there), and only when they hold fewer than six
 * matches is the GIN index asked for the rest (a rare or unknown prefix
 * has few entries there; walking the whole archive newest first to find
 * none took seconds).
 */
export async function suggestHeadlines(locale: Locale, typed: string): Promise<Suggestion[]> {
  const words = suggestionWords(typed);
  if (words.length === 0) return [];
  // Each word is letters and digits only, quoted as one lexeme, ":*" a
  // prefix restricted to the headline's weight (A). An Arabic word may also
  // begin one of the headline's stems («والكهر» → «كهرباء»).
  const prefixes = words.map((word) => {
    const forms = locale === "ar" ? [word, ...arabicWordStems(arabicSearchForm(word))] : [word];
    return `(${[...new Set(forms)].map((form) => `'${form.replace(/'/g, "''")}':*A`).join(" | ")})`;
  });
  const query = Prisma.sql`to_tsquery('simple', ${prefixes.join(" & ")})`;
  const recent = await db().$queryRaw<Suggestion[]>`
    SELECT recent.headline, recent.slug
    FROM (
      SELECT t.headline, t.slug, t."searchVector", t."publishedAt", t.id FROM "StoryTranslation" t
      WHERE t.locale = ${locale}::"Locale" AND t.status = 'PUBLISHED'
      ORDER BY t."publishedAt" DESC, t.id DESC
      LIMIT ${RECENT_WINDOW}
    ) AS recent
    WHERE recent."searchVector" @@ ${query}
    ORDER BY recent."publishedAt" DESC, recent.id DESC
    LIMIT ${MAX_SUGGESTIONS}`;
  if (recent.length === MAX_SUGGESTIONS) return recent;
  // MATERIALIZED keeps the planner from walking the archive by date again:
  // the index gives every match, however few, and only they are sorted.
  return db().$queryRaw<Suggestion[]>`
    WITH matches AS MATERIALIZED (
      SELECT t.headline, t.slug, t."publishedAt", t.id FROM "StoryTranslation" t
      WHERE t."searchVector" @@ ${query} AND t.locale = ${locale}::"Locale" AND t.status = 'PUBLISHED'
    )
    SELECT headline, slug FROM matches ORDER BY "publishedAt" DESC, id DESC LIMIT ${MAX_SUGGESTIONS}`;
}
