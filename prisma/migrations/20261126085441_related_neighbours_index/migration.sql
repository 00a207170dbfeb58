-- CreateIndex
CREATE INDEX "StoryTranslation_locale_status_publishedAt_storyId_id_idx" ON "StoryTranslation"("locale", "status", "publishedAt", "storyId", "id");
