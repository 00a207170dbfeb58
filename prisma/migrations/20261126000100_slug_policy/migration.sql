-- Slug policy (lib/slug.ts) applied to existing slugs: NFKC, lower case,
-- no Arabic marks or tatweel, one script per word (Latin or Arabic). A slug
-- still off policy becomes story-ID, and a collision gets -ID appended. Each
-- changed slug is retired, so its old URL answers 308 to the new one.
CREATE TEMP TABLE "slug_fix" AS
SELECT "id", "storyId", "locale", "slug" AS "oldSlug",
       normalize(regexp_replace(lower(normalize("slug", NFKC)), '[\u064B-\u065F\u0670\u0640]', '', 'g'), NFC) AS "newSlug"
FROM "StoryTranslation";

UPDATE "slug_fix" SET "newSlug" = 'story-' || "storyId"
WHERE length("newSlug") > 80
   OR "newSlug" !~ '^([a-z0-9\u0660-\u0669\u06F0-\u06F9]+|[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u0660-\u0669\u06F0-\u06F9]+)(-([a-z0-9\u0660-\u0669\u06F0-\u06F9]+|[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u0660-\u0669\u06F0-\u06F9]+))*$';

-- The translation that already had the canonical slug keeps it.
UPDATE "slug_fix" AS f SET "newSlug" = f."newSlug" || '-' || f."storyId"
FROM (
  SELECT "id", row_number() OVER (
    PARTITION BY "locale", "newSlug" ORDER BY ("oldSlug" = "newSlug") DESC, "id"
  ) AS "rank"
  FROM "slug_fix"
) AS ranked
WHERE ranked."id" = f."id" AND ranked."rank" > 1;

DELETE FROM "slug_fix" WHERE "oldSlug" = "newSlug";

INSERT INTO "RetiredSlug" ("locale", "slug", "translationId")
SELECT "locale", "oldSlug", "id" FROM "slug_fix"
ON CONFLICT ("locale", "slug") DO UPDATE SET "translationId" = EXCLUDED."translationId";

DELETE FROM "RetiredSlug" AS r USING "slug_fix" AS f
WHERE r."locale" = f."locale" AND r."slug" = f."newSlug";

UPDATE "StoryTranslation" AS t SET "slug" = f."newSlug"
FROM "slug_fix" AS f WHERE t."id" = f."id";
DROP TABLE "slug_fix";
