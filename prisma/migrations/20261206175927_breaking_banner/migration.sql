-- CreateTable
CREATE TABLE "BreakingBanner" (
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "setById" TEXT,
    "setAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BreakingBanner_pkey" PRIMARY KEY ("locale")
);

-- AddForeignKey
ALTER TABLE "BreakingBanner" ADD CONSTRAINT "BreakingBanner_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
