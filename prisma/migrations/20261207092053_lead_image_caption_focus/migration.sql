-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "leadImageFocusX" INTEGER NOT NULL DEFAULT 50,
ADD COLUMN     "leadImageFocusY" INTEGER NOT NULL DEFAULT 50;

-- AlterTable
ALTER TABLE "StoryTranslation" ADD COLUMN     "leadImageCaption" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "TranslationRevision" ADD COLUMN     "leadImageCaption" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "TranslationDraft" ADD COLUMN     "leadImageCaption" TEXT NOT NULL DEFAULT '';

-- A focal point is a percentage of the picture; the crop URLs and styles rely on it.
ALTER TABLE "Story" ADD CONSTRAINT "Story_leadImageFocus_range"
  CHECK ("leadImageFocusX" BETWEEN 0 AND 100 AND "leadImageFocusY" BETWEEN 0 AND 100);
