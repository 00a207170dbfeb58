-- CreateTable
CREATE TABLE "StoryReadHour" (
    "storyId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "reads" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StoryReadHour_pkey" PRIMARY KEY ("storyId","locale","hour")
);

-- CreateTable
CREATE TABLE "ReadSighting" (
    "digest" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadSighting_pkey" PRIMARY KEY ("digest")
);

-- CreateIndex
CREATE INDEX "StoryReadHour_locale_hour_idx" ON "StoryReadHour"("locale", "hour");

-- CreateIndex
CREATE INDEX "ReadSighting_hour_idx" ON "ReadSighting"("hour");

-- AddForeignKey
ALTER TABLE "StoryReadHour" ADD CONSTRAINT "StoryReadHour_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;
