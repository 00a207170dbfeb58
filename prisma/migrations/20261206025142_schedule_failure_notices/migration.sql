-- AlterTable
ALTER TABLE "ScheduledChange" ADD COLUMN     "dismissedAt" TIMESTAMP(3),
ADD COLUMN     "dismissedById" TEXT;
