import type pg from "pg";
import { syntheticStories } from "@/scripts/corpus/synthetic-stories";

const BATCH = 2_000;

/**
 * The synthetic corpus (scripts/corpus) inserted as size published stories
 * per language in one new section, 2,000 rows a statement, as an import
 * inserts them (generated columns and triggers included).
 */
export async function loadSyntheticStories(
  client: pg.Client,
  size: number,
  batch: { name: string; seed: number } = { name: "bench", seed: 24 },
): Promise<void> {
  const { rows: made } = await client.query<{ id: number }>(
    `WITH section AS (INSERT INTO "Section" (key) VALUES ($1) RETURNING id),
       named AS (INSERT INTO "SectionTranslation" ("sectionId", locale, name, slug)
         SELECT id, l::"Locale", 'Bench', $1 FROM section, unnest(ARRAY['en', 'ar']) AS l)
     SELECT id FROM section`,
    [batch.name],
  );
  const sectionId = made[0]!.id;
  const counts = { en: 0, ar: 0 };
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
  for (const story of syntheticStories({ count: size * 3, seed: batch.seed })) {
    const texts = Object.entries(story.translations) as [
      "en" | "ar",
      { headline: string; dek: string; body: string },
    ][];
    for (const [locale, text] of texts) {
      if (counts[locale] >= size) continue;
      counts[locale] += 1;
      rows.push([
        `${batch.name}-${story.key}-${locale}`,
        locale,
        text.headline,
        text.dek,
        text.body,
        story.publishedAt,
      ]);
    }
    if (rows.length >= BATCH) await flush();
    if (counts.en >= size && counts.ar >= size) break;
  }
  if (rows.length > 0) await flush();
}
