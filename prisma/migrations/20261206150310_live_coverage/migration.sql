-- CreateEnum
CREATE TYPE "StoryKind" AS ENUM ('NEWS', 'LIVE');

-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "kind" "StoryKind" NOT NULL DEFAULT 'NEWS',
ADD COLUMN     "liveEndedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "StoryTranslation" ADD COLUMN     "keyPoints" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "LiveEntry" (
    "id" SERIAL NOT NULL,
    "storyId" INTEGER NOT NULL,
    "sourceLocale" "Locale" NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "imageSrc" TEXT,
    "imageWidth" INTEGER,
    "imageHeight" INTEGER,
    "sourceRevision" INTEGER NOT NULL DEFAULT 1,
    "postedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveEntryTranslation" (
    "id" SERIAL NOT NULL,
    "entryId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "imageAlt" TEXT NOT NULL DEFAULT '',
    "imageCaption" TEXT NOT NULL DEFAULT '',
    "status" "TranslationStatus" NOT NULL DEFAULT 'DRAFT',
    "sourceRevision" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveEntryTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveEntryRevision" (
    "id" SERIAL NOT NULL,
    "translationId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "imageCaption" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveEntryRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveEntry_storyId_postedAt_id_idx" ON "LiveEntry"("storyId", "postedAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "LiveEntryTranslation_entryId_locale_key" ON "LiveEntryTranslation"("entryId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "LiveEntryRevision_translationId_number_key" ON "LiveEntryRevision"("translationId", "number");

-- AddForeignKey
ALTER TABLE "LiveEntry" ADD CONSTRAINT "LiveEntry_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveEntryTranslation" ADD CONSTRAINT "LiveEntryTranslation_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LiveEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveEntryRevision" ADD CONSTRAINT "LiveEntryRevision_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "LiveEntryTranslation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveEntryRevision" ADD CONSTRAINT "LiveEntryRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
