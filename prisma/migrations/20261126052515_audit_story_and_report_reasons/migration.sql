-- CreateEnum
CREATE TYPE "CommentReportReason" AS ENUM ('SPAM', 'ABUSE', 'OFF_TOPIC', 'OTHER');

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "storyId" INTEGER;

-- AlterTable
ALTER TABLE "CommentReport" ADD COLUMN     "reason" "CommentReportReason" NOT NULL DEFAULT 'OTHER';

-- CreateIndex
CREATE INDEX "AuditEntry_storyId_id_idx" ON "AuditEntry"("storyId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_id_idx" ON "AuditEntry"("actorId", "id");

-- Entries recorded before the column name their story only in the subject, as story:<id>
UPDATE "AuditEntry" SET "storyId" = substring("subject" from 'story:([0-9]{1,9})')::int
WHERE "subject" ~ 'story:[0-9]+';
