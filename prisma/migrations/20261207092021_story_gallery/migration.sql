-- CreateTable
CREATE TABLE "StoryGalleryImage" (
    "id" SERIAL NOT NULL,
    "storyId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "mediaId" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,

    CONSTRAINT "StoryGalleryImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoryGalleryCaption" (
    "imageId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "caption" TEXT NOT NULL DEFAULT '',
    "alt" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "StoryGalleryCaption_pkey" PRIMARY KEY ("imageId","locale")
);

-- CreateIndex
CREATE UNIQUE INDEX "StoryGalleryImage_storyId_position_key" ON "StoryGalleryImage"("storyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "StoryGalleryImage_storyId_mediaId_key" ON "StoryGalleryImage"("storyId", "mediaId");

-- AddForeignKey
ALTER TABLE "StoryGalleryImage" ADD CONSTRAINT "StoryGalleryImage_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryGalleryImage" ADD CONSTRAINT "StoryGalleryImage_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "MediaAsset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryGalleryCaption" ADD CONSTRAINT "StoryGalleryCaption_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "StoryGalleryImage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
