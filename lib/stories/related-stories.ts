import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { cachedRead } from "@/lib/stories/cached-read";
import { textSearchConfig } from "@/lib/search/text-search-config";
import { cacheTags } from "@/lib/stories/cache-tags";
import { loadSummariesInOrder } from "@/lib/stories/story-lists";
import type { StorySummary } from "@/lib/stories/story-types";

export const RELATED_STORIES = 4;
// How many full-text matches are ranked at most: the newest of them, so a
// common word cannot make the ranking read the whole archive.
const TEXT_CANDIDATES = 300;

/**
 * Up to four published stories in the same language to read next, ranked
 * by topics shared with this one, then by how much of its headline and
 * summary they contain (full text), then by recency.
 */
export async function findRelatedStories(storyId: number, locale: AppLocale): Promise<StorySummary[]> {
  const config = textSearchConfig(locale);
  const rows = await db().$queryRaw<{ id: number }[]>`
    WITH words AS (
      -- Stemmed words of this story's headline and summary, longer than two letters, as an OR query.
      SELECT (string_agg(quote_literal(u.lexeme), ' | '))::tsquery AS q
      FROM "StoryTranslation" t,
        unnest(to_tsvector(${config}::regconfig, normalize_search_text(t.headline || ' ' || t.dek))) AS u
      WHERE t."storyId" = ${storyId} AND t.locale = ${locale}::"Locale" AND char_length(u.lexeme) > 2
    ), shared AS (
      SELECT other."storyId", count(*) AS topics
      FROM "StoryTopic" mine
      JOIN "StoryTopic" other ON other."topicId" = mine."topicId" AND other."storyId" <> mine."storyId"
      WHERE mine."storyId" = ${storyId}
      GROUP BY other."storyId"
    ), candidates AS (
      SELECT "storyId" FROM shared
      UNION
      (SELECT c."storyId" FROM "StoryTranslation" c, words
        WHERE c.locale = ${locale}::"Locale" AND c.status = 'PUBLISHED' AND c."searchVector" @@ words.q
        ORDER BY c."publishedAt" DESC LIMIT ${TEXT_CANDIDATES})
      UNION
      (SELECT c."storyId" FROM "StoryTranslation" c
        WHERE c.locale = ${locale}::"Locale" AND c.status = 'PUBLISHED'
        ORDER BY c."publishedAt" DESC LIMIT ${RELATED_STORIES + 1})
    )
    SELECT c.id
    FROM candidates
    JOIN "StoryTranslation" c ON c."storyId" = candidates."storyId" AND c.locale = ${locale}::"Locale"
    LEFT JOIN shared s ON s."storyId" = c."storyId"
    LEFT JOIN words ON true
    WHERE c.status = 'PUBLISHED' AND c."storyId" <> ${storyId}
    ORDER BY coalesce(s.topics, 0) DESC,
      coalesce(ts_rank(c."searchVector", words.q), 0) DESC,
      c."publishedAt" DESC, c.id DESC
    LIMIT ${RELATED_STORIES}`;
  return loadSummariesInOrder(rows.map((row) => row.id));
}

/** Cached with the story: its own changes, any publish in its language and topic changes refresh it. */
export function getRelatedStories(storyId: number, locale: AppLocale): Promise<StorySummary[]> {
  return cachedRead(
    {
      name: "related",
      args: [storyId, locale],
      tags: [cacheTags.story(storyId), cacheTags.lists(locale), cacheTags.topics()],
    },
    () => findRelatedStories(storyId, locale),
  );
}
