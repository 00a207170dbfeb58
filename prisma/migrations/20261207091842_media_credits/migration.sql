-- CreateTable
CREATE TABLE "MediaCredit" (
    "mediaId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "credit" TEXT NOT NULL,

    CONSTRAINT "MediaCredit_pkey" PRIMARY KEY ("mediaId","locale")
);

-- AddForeignKey
ALTER TABLE "MediaCredit" ADD CONSTRAINT "MediaCredit_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "MediaAsset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
