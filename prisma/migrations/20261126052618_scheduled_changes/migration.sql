-- CreateTable
CREATE TABLE "ScheduledChange" (
    "id" SERIAL NOT NULL,
    "storyId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "step" TEXT NOT NULL,
    "runAt" TIMESTAMP(3) NOT NULL,
    "scheduledById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ranAt" TIMESTAMP(3),
    "outcome" TEXT,

    CONSTRAINT "ScheduledChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScheduledChange_storyId_locale_runAt_idx" ON "ScheduledChange"("storyId", "locale", "runAt");

-- AddForeignKey
ALTER TABLE "ScheduledChange" ADD CONSTRAINT "ScheduledChange_scheduledById_fkey" FOREIGN KEY ("scheduledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduledChange" ADD CONSTRAINT "ScheduledChange_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;
