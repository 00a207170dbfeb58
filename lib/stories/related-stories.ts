import "server-only";
import type { Locale } from "next-intl";
import { db } from "@/lib/db/client";
import { cachedRead } from "@/lib/stories/cached-read";
import { textSearchConfig } from "@/lib/search/text-search-config";
import { cacheTags } from "@/lib/stories/cache-tags";
import { loadSummariesInOrder } from "@/lib/stories/story-lists";
import type { StorySummary } from "@/lib/stories/story-types";

export const RELATED_STORIES = 4;
// Related stories are looked for among this many published stories on each
// side of this one in time (its language): a bounded neighbourhood, so the
// cost of a story page does not grow with the archive, and news is mostly
// related to news of the same period.
const NEIGHBOURS = 200;

/**
 * Up to four published stories in the same language to read next, among
 * the nearest in time, ranked by topics shared with this one, then by how
 * much of its headline and summary they contain (full text), then by
 * recency.
 */
export async function findRelatedStories(storyId: number, locale: Locale): Promise<StorySummary[]> {
  const config = textSearchConfig(locale);
  const rows = await db().$queryRaw<{ id: number }[]>`
    WITH mine AS (
      SELECT t."publishedAt", t.headline, t.dek FROM "StoryTranslation" t
      WHERE t."storyId" = ${storyId} AND t.locale = ${locale}::"Locale"
    ), words AS (
      -- Stemmed words of this story's headline and summary, longer than two letters, as an OR query
      -- (Arabic: the light stems "searchVector" holds).
      SELECT (string_agg(quote_literal(u.lexeme), ' | '))::tsquery AS q
      FROM mine, unnest(to_tsvector(${config}::regconfig, CASE WHEN ${locale} = 'ar'
        THEN arabic_light_stem(mine.headline || ' ' || mine.dek)
        ELSE normalize_search_text(mine.headline || ' ' || mine.dek) END)) AS u
      WHERE char_length(u.lexeme) > 2
    ), pivot AS (
      -- An unpublished story (a preview) is placed after the newest.
      SELECT coalesce((SELECT "publishedAt" FROM mine), 'infinity'::timestamp) AS at
    ), nearby AS (
      (SELECT c.id, c."storyId", c."publishedAt" FROM "StoryTranslation" c
        WHERE c.locale = ${locale}::"Locale" AND c.status = 'PUBLISHED' AND c."storyId" <> ${storyId}
          AND c."publishedAt" <= (SELECT at FROM pivot)
        ORDER BY c."publishedAt" DESC LIMIT ${NEIGHBOURS})
      UNION ALL
      (SELECT c.id, c."storyId", c."publishedAt" FROM "StoryTranslation" c
        WHERE c.locale = ${locale}::"Locale" AND c.status = 'PUBLISHED' AND c."storyId" <> ${storyId}
          AND c."publishedAt" > (SELECT at FROM pivot)
        ORDER BY c."publishedAt" ASC LIMIT ${NEIGHBOURS})
    ), shared AS (
      SELECT n.id, count(*) AS topics
      FROM nearby n
      JOIN "StoryTopic" other ON other."storyId" = n."storyId"
      JOIN "StoryTopic" own ON own."topicId" = other."topicId" AND own."storyId" = ${storyId}
      GROUP BY n.id
    ), scored AS (
      SELECT n.id, n."publishedAt", coalesce(s.topics, 0) AS topics
      FROM nearby n LEFT JOIN shared s ON s.id = n.id
    ), cutoff AS (
      -- The fourth best count of shared topics: a story below it has four
      -- better ones, so it cannot be among the related whatever its words.
      SELECT topics FROM scored ORDER BY topics DESC LIMIT 1 OFFSET ${RELATED_STORIES - 1}
    )
    -- The full-text rank reads each story's search vector (its whole body,
    -- out of line): it is computed only for the stories that can still make
    -- the list, not for all the neighbours (the cost of a cold story page).
    SELECT n.id
    FROM scored n
    JOIN "StoryTranslation" c ON c.id = n.id
    LEFT JOIN words ON true
    WHERE n.topics >= coalesce((SELECT topics FROM cutoff), 0)
    ORDER BY n.topics DESC,
      CASE WHEN c."searchVector" @@ words.q THEN ts_rank(c."searchVector", words.q) ELSE 0 END DESC,
      n."publishedAt" DESC, n.id DESC
    LIMIT ${RELATED_STORIES}`;
  return loadSummariesInOrder(rows.map((row) => row.id));
}

/** Cached with the story: its own changes, any publish in its language and topic changes refresh it. */
export function getRelatedStories(storyId: number, locale: Locale): Promise<StorySummary[]> {
  return cachedRead(
    {
      name: "related",
      args: [storyId, locale],
      tags: [cacheTags.story(storyId), cacheTags.lists(locale), cacheTags.topics()],
    },
    () => findRelatedStories(storyId, locale),
  );
}
