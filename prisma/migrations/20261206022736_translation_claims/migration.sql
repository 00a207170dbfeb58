-- CreateTable
CREATE TABLE "TranslationClaim" (
    "storyId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "userId" TEXT NOT NULL,
    "assignedById" TEXT,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranslationClaim_pkey" PRIMARY KEY ("storyId","locale")
);

-- CreateIndex
CREATE INDEX "TranslationClaim_userId_idx" ON "TranslationClaim"("userId");

-- AddForeignKey
ALTER TABLE "TranslationClaim" ADD CONSTRAINT "TranslationClaim_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationClaim" ADD CONSTRAINT "TranslationClaim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationClaim" ADD CONSTRAINT "TranslationClaim_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
