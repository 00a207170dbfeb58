-- AlterTable
ALTER TABLE "Author" ADD COLUMN     "photoHeight" INTEGER,
ADD COLUMN     "photoSrc" TEXT,
ADD COLUMN     "photoWidth" INTEGER;

-- AlterTable
ALTER TABLE "AuthorTranslation" ADD COLUMN     "bio" TEXT NOT NULL DEFAULT '';
