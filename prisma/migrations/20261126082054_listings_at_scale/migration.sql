-- Lists at 100,000 stories per language. Home, section, topic and author
-- pages count and page on indexes alone (ids first, rows after), and the
-- newsroom's headline filter uses a trigram index instead of scanning.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- DropIndex
DROP INDEX "Story_sectionId_idx";

-- DropIndex
DROP INDEX "StoryAuthor_authorId_idx";

-- DropIndex
DROP INDEX "StoryTopic_topicId_idx";

-- DropIndex
DROP INDEX "StoryTranslation_locale_status_publishedAt_idx";

-- AlterTable
-- The newsroom's headline filter matches a substring of this, typed text
-- going through normalizeSearchText() first, so that an Arabic headline is
-- found whatever hamza, alef maqsura, ta marbuta or tashkeel was typed.
-- Generated, so every path that writes a headline (editor, import, seed)
-- keeps it right. Prisma declares it Unsupported("text") and never writes it.
ALTER TABLE "StoryTranslation" ADD COLUMN "headlineSearch" text
  GENERATED ALWAYS AS (normalize_search_text("headline")) STORED;

-- CreateIndex
CREATE INDEX "Story_sectionId_id_idx" ON "Story"("sectionId", "id");

-- CreateIndex
CREATE INDEX "StoryAuthor_authorId_storyId_idx" ON "StoryAuthor"("authorId", "storyId");

-- CreateIndex
CREATE INDEX "StoryTopic_topicId_storyId_idx" ON "StoryTopic"("topicId", "storyId");

-- CreateIndex
CREATE INDEX "StoryTranslation_locale_status_publishedAt_id_storyId_idx" ON "StoryTranslation"("locale", "status", "publishedAt" DESC, "id" DESC, "storyId");

-- CreateIndex
CREATE INDEX "StoryTranslation_headlineSearch_idx" ON "StoryTranslation" USING GIN ("headlineSearch" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "StoryTranslation_storyId_locale_status_sourceRevision_idx" ON "StoryTranslation"("storyId", "locale", "status", "sourceRevision");
