import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { suggestionWords } from "@/lib/search/suggestion-words";

export interface Suggestion {
  headline: string;
  slug: string;
}

export const MAX_SUGGESTIONS = 6;

/**
 * Published headlines in the locale holding every typed word as a word
 * prefix, newest first. Matched against the headline's unstemmed ("simple")
 * lexemes in "searchVector", through its GIN index.
 */
export async function suggestHeadlines(locale: AppLocale, typed: string): Promise<Suggestion[]> {
  const words = suggestionWords(typed);
  if (words.length === 0) return [];
  // Each word is letters and digits only; quote_literal makes it one quoted
  // lexeme and ":*" a prefix, restricted to the headline's weight (A).
  return db().$queryRaw<Suggestion[]>`
    SELECT t.headline, t.slug
    FROM "StoryTranslation" t
    WHERE t.locale = ${locale}::"Locale" AND t.status = 'PUBLISHED'
      AND t."searchVector" @@ to_tsquery('simple',
        (SELECT string_agg(quote_literal(word) || ':*A', ' & ') FROM unnest(${words}::text[]) AS word))
    ORDER BY t."publishedAt" DESC, t.id DESC
    LIMIT ${MAX_SUGGESTIONS}`;
}
