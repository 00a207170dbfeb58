import { expect, type Page } from "@playwright/test";
import { queryE2eDatabase } from "./e2e-database";

type Locale = "en" | "ar";

// Published well before the demo's stories, so a spec's live page never
// leads the front page or a section that the reading specs read as seeded.
const LONG_AGO = "now() - interval '400 days'";

export interface SeededLiveStory {
  id: number;
  headline: Record<Locale, string>;
  slug: Record<Locale, string>;
}

/**
 * A live story of its own for a spec, running and published in both
 * languages with no entries yet, so that specs never disturb the demo's
 * live page (which others read as seeded).
 */
export async function seedLiveStory(name: string, sourceLocale: Locale): Promise<SeededLiveStory> {
  const slug = { en: `live-${name}`, ar: `مباشر-${name}` };
  const headline = { en: `Live: ${name}`, ar: `مباشر: ${name}` };
  const [story] = await queryE2eDatabase<{ id: number }>(
    `INSERT INTO "Story" ("key", "kind", "sourceLocale", "sectionId", "firstPublishedAt", "lastUpdatedAt")
     VALUES ($1, 'LIVE', $2::"Locale", (SELECT "id" FROM "Section" ORDER BY "position", "id" LIMIT 1), ${LONG_AGO}, ${LONG_AGO})
     RETURNING "id"`,
    [`e2e-live-${name}`, sourceLocale],
  );
  for (const locale of ["en", "ar"] as const) {
    await queryE2eDatabase(
      `INSERT INTO "StoryTranslation" ("storyId", "locale", "slug", "headline", "dek", "body", "status", "publishedAt")
       VALUES ($1, $2::"Locale", $3, $4, $5, $6, 'PUBLISHED', ${LONG_AGO})`,
      [
        story!.id,
        locale,
        slug[locale],
        headline[locale],
        locale === "en" ? "Updates as they come." : "تحديثات متتابعة.",
        locale === "en" ? "The session goes on." : "تتواصل الجلسة.",
      ],
    );
  }
  return { id: story!.id, headline, slug };
}

export const livePageUrl = (story: SeededLiveStory, locale: Locale) =>
  `/${locale}/story/${encodeURIComponent(story.slug[locale])}`;

/**
 * Unpublishes a spec's live page in both languages through the newsroom (so
 * the app expires what lists and sitemaps cached), leaving the sitemaps and
 * the news sitemap as seeded for the specs that follow.
 */
export async function withdrawLiveStory(
  page: Page,
  story: SeededLiveStory,
  words: { unpublish: string; confirm: string },
  uiLocale: Locale,
): Promise<void> {
  for (const locale of ["en", "ar"] as const) {
    await page.goto(`/${uiLocale}/newsroom/stories/${story.id}`);
    await page.locator(`tr[data-locale="${locale}"]`).getByRole("button", { name: words.unpublish }).click();
    await page.getByRole("button", { name: words.confirm }).click();
    await expect(page.locator(".form-notice")).toBeVisible();
  }
}
