-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RetiredSectionSlug" (
    "locale" "Locale" NOT NULL,
    "slug" TEXT NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "retiredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetiredSectionSlug_pkey" PRIMARY KEY ("locale","slug")
);

-- CreateIndex
CREATE INDEX "RetiredSectionSlug_sectionId_idx" ON "RetiredSectionSlug"("sectionId");

-- AddForeignKey
ALTER TABLE "RetiredSectionSlug" ADD CONSTRAINT "RetiredSectionSlug_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;
