-- CreateEnum
CREATE TYPE "CorrectionKind" AS ENUM ('CORRECTION', 'UPDATE');

-- CreateTable
CREATE TABLE "TranslationCorrection" (
    "id" SERIAL NOT NULL,
    "translationId" INTEGER NOT NULL,
    "kind" "CorrectionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranslationCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TranslationCorrection_translationId_createdAt_idx" ON "TranslationCorrection"("translationId", "createdAt");

-- AddForeignKey
ALTER TABLE "TranslationCorrection" ADD CONSTRAINT "TranslationCorrection_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "StoryTranslation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationCorrection" ADD CONSTRAINT "TranslationCorrection_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
