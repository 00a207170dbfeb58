-- Arabic broken plurals and their singulars, kept by editors: a search for
-- either also looks for the other (lib/search/arabic-plurals.ts). The stems
-- are generated with the search's own stemmer, so they match the query's.

-- CreateTable
CREATE TABLE "ArabicPlural" (
    "id" SERIAL NOT NULL,
    "singular" TEXT NOT NULL,
    "plural" TEXT NOT NULL,
    "singularStem" text GENERATED ALWAYS AS (arabic_light_stem("singular")) STORED,
    "pluralStem" text GENERATED ALWAYS AS (arabic_light_stem("plural")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArabicPlural_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArabicPlural_singularStem_idx" ON "ArabicPlural"("singularStem");

-- CreateIndex
CREATE INDEX "ArabicPlural_pluralStem_idx" ON "ArabicPlural"("pluralStem");

-- CreateIndex
CREATE UNIQUE INDEX "ArabicPlural_singular_plural_key" ON "ArabicPlural"("singular", "plural");
