-- The search vocabulary (issue 24): every distinct word of the published
-- versions, per language, with how many versions hold it, for "did you
-- mean" and the Arabizi mapper (lib/search/search-vocabulary.ts). Words are
-- spelled as the stories spell them, lower-cased, tashkeel and tatweel
-- removed (shown to readers); "normalized" folds them as the search does
-- (normalize_search_text) and carries the trigram index the lookups use.
-- pg_trgm is already installed (migration "listings_at_scale").

-- CreateTable
CREATE TABLE "SearchWord" (
    "locale" "Locale" NOT NULL,
    "word" TEXT NOT NULL,
    "normalized" text GENERATED ALWAYS AS (normalize_search_text("word")) STORED,
    "stories" INTEGER NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("locale","word")
);

-- CreateIndex
CREATE INDEX "SearchWord_normalized_idx" ON "SearchWord" USING GIN ("normalized" gin_trgm_ops);

-- A version's words: letters only (no digits, hyphenated or dotted tokens),
-- two to forty of them, each once; the accusative «ـًا» removed as the
-- search removes it (arabic_search_form: «مهندسًا» is the word «مهندس»),
-- then tashkeel and tatweel.
CREATE FUNCTION search_words(headline text, dek text, body text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN ARRAY(
  SELECT word FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig,
    regexp_replace(
      regexp_replace(headline || ' ' || dek || ' ' || body,
        '(?:\u064b\u0651?ا|ا\u064b)(?![\u0621-\u064a\u064b-\u065f\u0670\u0640])', '', 'g'),
      U&'[\064B-\065F\0670\0640]', '', 'g')))) AS word
  WHERE word ~ '^[[:alpha:]]{2,40}$');

-- Adds each (locale, word, change in the number of published versions),
-- in one order so that concurrent publishes lock shared words alike, and
-- drops the words no published version holds any more.
CREATE FUNCTION search_words_change(locales text[], words text[], deltas int[]) RETURNS void
LANGUAGE sql VOLATILE
BEGIN ATOMIC
  INSERT INTO "SearchWord" AS s (locale, word, stories)
    SELECT c.locale::"Locale", c.word, c.delta FROM unnest(locales, words, deltas) AS c(locale, word, delta)
    WHERE c.delta <> 0 ORDER BY 1, 2
    ON CONFLICT (locale, word) DO UPDATE SET stories = s.stories + excluded.stories;
  DELETE FROM "SearchWord" s USING unnest(locales, words, deltas) AS c(locale, word, delta)
    WHERE s.locale = c.locale::"Locale" AND s.word = c.word AND c.delta < 0 AND s.stories <= 0;
END;

-- A statement trigger with transition tables: an import of thousands of
-- versions in one INSERT changes each word once, not once per version. An
-- update counts only the versions whose status, language or text changed.
CREATE FUNCTION search_words_upkeep() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  locales text[];
  words text[];
  deltas int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(locale), array_agg(word), array_agg(delta) INTO locales, words, deltas FROM (
      SELECT n.locale::text AS locale, w AS word, count(*)::int AS delta
      FROM new_rows n, unnest(search_words(n.headline, n.dek, n.body)) AS w
      WHERE n.status = 'PUBLISHED' GROUP BY 1, 2) AS c;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(locale), array_agg(word), array_agg(delta) INTO locales, words, deltas FROM (
      SELECT o.locale::text AS locale, w AS word, -count(*)::int AS delta
      FROM old_rows o, unnest(search_words(o.headline, o.dek, o.body)) AS w
      WHERE o.status = 'PUBLISHED' GROUP BY 1, 2) AS c;
  ELSE
    SELECT array_agg(locale), array_agg(word), array_agg(delta) INTO locales, words, deltas FROM (
      SELECT locale, word, sum(delta)::int AS delta FROM (
        SELECT o.locale::text AS locale, w AS word, -1 AS delta
        FROM old_rows o JOIN new_rows n ON n.id = o.id, unnest(search_words(o.headline, o.dek, o.body)) AS w
        WHERE o.status = 'PUBLISHED'
          AND (o.status, o.locale, o.headline, o.dek, o.body) IS DISTINCT FROM (n.status, n.locale, n.headline, n.dek, n.body)
        UNION ALL
        SELECT n.locale::text, w, 1
        FROM new_rows n JOIN old_rows o ON o.id = n.id, unnest(search_words(n.headline, n.dek, n.body)) AS w
        WHERE n.status = 'PUBLISHED'
          AND (o.status, o.locale, o.headline, o.dek, o.body) IS DISTINCT FROM (n.status, n.locale, n.headline, n.dek, n.body)
      ) AS both_sides GROUP BY 1, 2 HAVING sum(delta) <> 0) AS c;
  END IF;
  IF words IS NOT NULL THEN
    PERFORM search_words_change(locales, words, deltas);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "StoryTranslation_search_words_insert" AFTER INSERT ON "StoryTranslation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_upkeep();
CREATE TRIGGER "StoryTranslation_search_words_update" AFTER UPDATE ON "StoryTranslation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_upkeep();
CREATE TRIGGER "StoryTranslation_search_words_delete" AFTER DELETE ON "StoryTranslation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_upkeep();

-- The words of the versions already published.
INSERT INTO "SearchWord" (locale, word, stories)
SELECT t.locale, w, count(*)::int
FROM "StoryTranslation" t, unnest(search_words(t.headline, t.dek, t.body)) AS w
WHERE t.status = 'PUBLISHED'
GROUP BY 1, 2;
