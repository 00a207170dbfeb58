import type pg from "pg";
import type { StoryLine } from "@/lib/import/story-line";
import { syntheticStories } from "@/scripts/corpus/synthetic-stories";

const BATCH = 2_000;

/**
 * Each translation of the story lines inserted as a published story of its
 * own in one new section named batchName, 2,000 rows a statement, as an
 * import inserts them (generated columns and triggers included); `keep`
 * chooses which translations go in (all by default).
 */
export async function loadStoryLines(
  client: pg.Client,
  lines: Iterable<StoryLine>,
  batchName: string,
  keep: (locale: "en" | "ar") => boolean = () => true,
): Promise<void> {
  const { rows: made } = await client.query<{ id: number }>(
    `WITH section AS (INSERT INTO "Section" (key) VALUES ($1) RETURNING id),
       named AS (INSERT INTO "SectionTranslation" ("sectionId", locale, name, slug)
         SELECT id, l::"Locale", 'Bench', $1 FROM section, unnest(ARRAY['en', 'ar']) AS l)
     SELECT id FROM section`,
    [batchName],
  );
  const sectionId = made[0]!.id;
  let rows: [string, string, string, string, string, string][] = [];
  const flush = async () => {
    await client.query(
      `WITH lines AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
           AS u(key, locale, headline, dek, body, published)
       ), stories AS (
         INSERT INTO "Story" (key, "sourceLocale", "sectionId", "firstPublishedAt")
         SELECT key, locale::"Locale", $7, published::timestamp FROM lines RETURNING id, key
       )
       INSERT INTO "StoryTranslation" ("storyId", locale, slug, headline, dek, body, status, "publishedAt")
       SELECT s.id, l.locale::"Locale", l.key, l.headline, l.dek, l.body, 'PUBLISHED', l.published::timestamp
       FROM lines l JOIN stories s ON s.key = l.key`,
      [...[0, 1, 2, 3, 4, 5].map((column) => rows.map((row) => row[column])), sectionId],
    );
    rows = [];
  };
  for (const story of lines) {
    for (const locale of ["en", "ar"] as const) {
      const text = story.translations[locale];
      if (!text || !keep(locale)) continue;
      rows.push([
        `${batchName}-${story.key}-${locale}`,
        locale,
        text.headline,
        text.dek,
        text.body,
        story.publishedAt,
      ]);
    }
    if (rows.length >= BATCH) await flush();
  }
  if (rows.length > 0) await flush();
}

/**
 * The synthetic corpus (scripts/corpus) inserted as size published stories
 * per language in one new section (loadStoryLines).
 */
export async function loadSyntheticStories(
  client: pg.Client,
  size: number,
  batch: { name: string; seed: number } = { name: "bench", seed: 24 },
): Promise<void> {
  const counts = { en: 0, ar: 0 };
  function* sized(): Generator<StoryLine> {
    for (const story of syntheticStories({ count: size * 3, seed: batch.seed })) {
      if (counts.en >= size && counts.ar >= size) return;
      yield story;
    }
  }
  await loadStoryLines(client, sized(), batch.name, (locale) => counts[locale]++ < size);
}
