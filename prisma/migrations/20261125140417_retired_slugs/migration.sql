-- CreateTable
CREATE TABLE "RetiredSlug" (
    "locale" "Locale" NOT NULL,
    "slug" TEXT NOT NULL,
    "translationId" INTEGER NOT NULL,
    "retiredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetiredSlug_pkey" PRIMARY KEY ("locale","slug")
);

-- CreateIndex
CREATE INDEX "RetiredSlug_translationId_idx" ON "RetiredSlug"("translationId");

-- AddForeignKey
ALTER TABLE "RetiredSlug" ADD CONSTRAINT "RetiredSlug_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "StoryTranslation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
