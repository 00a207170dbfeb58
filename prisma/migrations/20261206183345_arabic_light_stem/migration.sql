-- Arabic search that knows Arabic words (issue 24). A light stemmer of the
-- light10 family replaces the arabic Snowball configuration for Arabic
-- text, defined once here and once in lib/search/arabic-light-stem.ts from
-- the same regular expressions (tests/integration/arabic-light-stem.test.ts
-- runs both over the relevance set and the demo stories). Each function is
-- a few regexp_replace passes over the whole text, no per-word loop: the
-- generated columns below are computed for every row here and at every
-- write. English is unchanged.

-- The text as the stemmer reads it: the accusative ending «ـًا» removed
-- (tanween and its alef, either order, a shadda between them allowed), then
-- normalize_search_text().
CREATE FUNCTION arabic_search_form(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN normalize_search_text(regexp_replace(input, '(?:\u064b\u0651?ا|ا\u064b)(?![\u0621-\u064a\u064b-\u065f\u0670\u0640])', '', 'g'));

-- Each Arabic word replaced by its light stem: the article (ال, وال, بال,
-- كال, فال, لل) when two letters remain, then the suffixes (ها ان ات ون ين
-- يه, then ه, then ي, ة being ه here) when two letters remain, twice.
CREATE FUNCTION arabic_light_stem(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(arabic_search_form(input),
    '(?<![\u0621-\u064a])(?:[وبكف]ال|لل|ال)(?=[\u0621-\u064a]{2})', '', 'g'),
    '([\u0621-\u064a]{2})(?:ها|ان|ات|ون|ين|يه)(?![\u0621-\u064a])', '\1', 'g'),
    '([\u0621-\u064a]{2})(?:ه)(?![\u0621-\u064a])', '\1', 'g'),
    '([\u0621-\u064a]{2})(?:ي)(?![\u0621-\u064a])', '\1', 'g'),
    '([\u0621-\u064a]{2})(?:ها|ان|ات|ون|ين|يه)(?![\u0621-\u064a])', '\1', 'g'),
    '([\u0621-\u064a]{2})(?:ه)(?![\u0621-\u064a])', '\1', 'g'),
    '([\u0621-\u064a]{2})(?:ي)(?![\u0621-\u064a])', '\1', 'g');

CREATE FUNCTION arabic_stem_alternates(input text) RETURNS text

-- The alternates: words beginning with و ف ب ل ك stemmed again without that
-- letter (three letters remaining), and without two (و or ف, then ب ل ك), so
-- that «لفاخوري» and «فاخوري», «بيروت» and «لبيروت» meet whichever was typed.
RETURN arabic_light_stem(coalesce((
  SELECT string_agg(m[2] || m[3] || CASE WHEN m[2] <> '' AND m[1] IN ('و', 'ف') THEN ' ' || m[3] ELSE '' END, ' ')
  FROM regexp_matches(arabic_search_form(input),
    '(?:^|[^\u0621-\u064a])([وفبلك])([بلك]?)([\u0621-\u064a]{3,})', 'g') AS m
), ''));


-- Weights: headline A, dek B, body C. Arabic: the stems at their positions
-- (phrases), the headline's unstemmed words (suggestions match their
-- prefixes), and the alternates after them (single words only).
CREATE FUNCTION arabic_search_vector(headline text, dek text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(to_tsvector('simple'::regconfig, arabic_light_stem(headline)), 'A')
  || setweight(to_tsvector('simple'::regconfig, normalize_search_text(headline)), 'A')
  || setweight(to_tsvector('simple'::regconfig, arabic_stem_alternates(headline)), 'A')
  || setweight(to_tsvector('simple'::regconfig, arabic_light_stem(dek)), 'B')
  || setweight(to_tsvector('simple'::regconfig, arabic_stem_alternates(dek)), 'B')
  || setweight(to_tsvector('simple'::regconfig, arabic_light_stem(body)), 'C')
  || setweight(to_tsvector('simple'::regconfig, arabic_stem_alternates(body)), 'C');

-- The unstemmed words, for ranking the forms typed first.
CREATE FUNCTION arabic_exact_vector(headline text, dek text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(to_tsvector('simple'::regconfig, normalize_search_text(headline)), 'A')
  || setweight(to_tsvector('simple'::regconfig, normalize_search_text(dek)), 'B')
  || setweight(to_tsvector('simple'::regconfig, normalize_search_text(body)), 'C');

-- PostgreSQL cannot change a generated column's expression: the column is
-- dropped and added again (one rewrite of the table), with its index.
DROP INDEX "StoryTranslation_searchVector_idx";

-- AlterTable
ALTER TABLE "StoryTranslation" DROP COLUMN "searchVector",
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    CASE WHEN "locale" = 'ar' THEN arabic_search_vector("headline", "dek", "body")
    ELSE
      setweight(to_tsvector('english'::regconfig, normalize_search_text("headline")), 'A')
      || setweight(to_tsvector('simple'::regconfig, normalize_search_text("headline")), 'A')
      || setweight(to_tsvector('english'::regconfig, normalize_search_text("dek")), 'B')
      || setweight(to_tsvector('english'::regconfig, normalize_search_text("body")), 'C')
    END
  ) STORED,
  ADD COLUMN "searchExact" tsvector GENERATED ALWAYS AS (
    CASE WHEN "locale" = 'ar' THEN arabic_exact_vector("headline", "dek", "body") END
  ) STORED;

-- CreateIndex
CREATE INDEX "StoryTranslation_searchVector_idx" ON "StoryTranslation" USING GIN ("searchVector");
