-- AlterTable
ALTER TABLE "StoryTranslation" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "TranslationRevision" (
    "id" SERIAL NOT NULL,
    "translationId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "dek" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "leadImageAlt" TEXT NOT NULL,
    "sourceRevision" INTEGER NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranslationRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TranslationRevision_translationId_number_key" ON "TranslationRevision"("translationId", "number");

-- AddForeignKey
ALTER TABLE "TranslationRevision" ADD CONSTRAINT "TranslationRevision_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "StoryTranslation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationRevision" ADD CONSTRAINT "TranslationRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing language versions start their history with what they hold now.
INSERT INTO "TranslationRevision" ("translationId", "number", "slug", "headline", "dek", "body", "leadImageAlt", "sourceRevision")
SELECT "id", "revision", "slug", "headline", "dek", "body", "leadImageAlt", "sourceRevision" FROM "StoryTranslation";
