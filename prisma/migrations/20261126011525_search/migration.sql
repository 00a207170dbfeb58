-- Search. One normalisation for stored and queried text, mirrored by
-- lib/search/normalize-search-text.ts (a test runs both over the same strings):
-- hamza and madda forms of alef and wasla to bare alef, alef maqsura to ya,
-- ta marbuta to ha, waw and ya hamza to waw and ya, Arabic-Indic and Persian
-- digits to ASCII, tashkeel (U+064B to U+065F, U+0670) and tatweel removed.
-- translate() drops the characters of its second argument that have no
-- counterpart in the third. A single RETURN expression keeps the function
-- inlinable and IMMUTABLE, as a generated column requires.
CREATE FUNCTION normalize_search_text(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN translate(
  input,
  U&'\0623\0625\0622\0671\0649\0629\0624\0626'
    || U&'\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669'
    || U&'\06F0\06F1\06F2\06F3\06F4\06F5\06F6\06F7\06F8\06F9'
    || U&'\064B\064C\064D\064E\064F\0650\0651\0652\0653\0654\0655\0656\0657\0658\0659\065A\065B\065C\065D\065E\065F\0670\0640',
  U&'\0627\0627\0627\0627\064A\0647\0648\064A' || '0123456789' || '0123456789'
);

-- AlterTable
-- Headline weighs A, dek B, body C. Arabic uses the arabic configuration
-- (its Snowball stemmer keeps Latin words such as NATO as they are), English
-- the english one. The headline is also indexed unstemmed (simple) so that
-- suggestions can match word prefixes as the reader types them.
ALTER TABLE "StoryTranslation" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  CASE WHEN "locale" = 'ar' THEN
    setweight(to_tsvector('arabic'::regconfig, normalize_search_text("headline")), 'A')
    || setweight(to_tsvector('simple'::regconfig, normalize_search_text("headline")), 'A')
    || setweight(to_tsvector('arabic'::regconfig, normalize_search_text("dek")), 'B')
    || setweight(to_tsvector('arabic'::regconfig, normalize_search_text("body")), 'C')
  ELSE
    setweight(to_tsvector('english'::regconfig, normalize_search_text("headline")), 'A')
    || setweight(to_tsvector('simple'::regconfig, normalize_search_text("headline")), 'A')
    || setweight(to_tsvector('english'::regconfig, normalize_search_text("dek")), 'B')
    || setweight(to_tsvector('english'::regconfig, normalize_search_text("body")), 'C')
  END
) STORED;

-- CreateIndex
CREATE INDEX "StoryTranslation_searchVector_idx" ON "StoryTranslation" USING GIN ("searchVector");
