-- CreateEnum
CREATE TYPE "GrammaticalGender" AS ENUM ('FEMININE', 'MASCULINE');

-- CreateEnum
CREATE TYPE "MemorySegmentKind" AS ENUM ('HEADLINE', 'DEK', 'BLOCK', 'SENTENCE');

-- CreateEnum
CREATE TYPE "GlossaryKind" AS ENUM ('PERSON', 'PLACE', 'INSTITUTION', 'TITLE', 'OTHER');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailNotifications" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "gender" "GrammaticalGender",
ADD COLUMN     "newsroomLocale" "Locale";

-- CreateTable
CREATE TABLE "UserDisplayName" (
    "userId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "UserDisplayName_pkey" PRIMARY KEY ("userId","locale")
);

-- CreateTable
CREATE TABLE "MemorySegment" (
    "id" BIGSERIAL NOT NULL,
    "storyId" INTEGER NOT NULL,
    "sourceLocale" "Locale" NOT NULL,
    "targetLocale" "Locale" NOT NULL,
    "kind" "MemorySegmentKind" NOT NULL,
    "sourceText" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "targetText" TEXT NOT NULL,
    "bands" INTEGER[],
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemorySegment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" SERIAL NOT NULL,
    "kind" "GlossaryKind" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryTermName" (
    "termId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "GlossaryTermName_pkey" PRIMARY KEY ("termId","locale")
);

-- CreateIndex
CREATE INDEX "MemorySegment_storyId_sourceLocale_targetLocale_idx" ON "MemorySegment"("storyId", "sourceLocale", "targetLocale");

-- CreateIndex
CREATE INDEX "MemorySegment_sourceKey_idx" ON "MemorySegment" USING HASH ("sourceKey");

-- CreateIndex
CREATE INDEX "MemorySegment_bands_idx" ON "MemorySegment" USING GIN ("bands");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTermName_locale_key_key" ON "GlossaryTermName"("locale", "key");

-- AddForeignKey
ALTER TABLE "UserDisplayName" ADD CONSTRAINT "UserDisplayName_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemorySegment" ADD CONSTRAINT "MemorySegment_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTerm" ADD CONSTRAINT "GlossaryTerm_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTermName" ADD CONSTRAINT "GlossaryTermName_termId_fkey" FOREIGN KEY ("termId") REFERENCES "GlossaryTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;
