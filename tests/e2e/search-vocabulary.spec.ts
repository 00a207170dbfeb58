import { expect, test } from "@playwright/test";
import { stories } from "@/prisma/content/stories/index";

// Issue 24, items 3 and 5: "did you mean" and Arabizi, with JavaScript and
// without (both are server-rendered links and notices).
const festival = stories.find((s) => s.key === "film-festival")!;
const cabinet = stories.find((s) => s.key === "cabinet-electricity-plan")!;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`search vocabulary, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a misspelled Arabic word gets «هل تقصد», whose link finds the story", async ({ page }) => {
      await page.goto(`/ar/search?${new URLSearchParams({ q: "مهرجن" })}`);
      await expect(page.locator(".search-result")).toHaveCount(0);
      const proposal = page.locator(".search-vocabulary");
      await expect(proposal).toHaveText("هل تقصد مهرجان؟");
      await expect(proposal.locator("a bdi")).toHaveText("مهرجان");
      await proposal.locator("a").click();
      await expect(page).toHaveURL(/\/ar\/search\?q=%D9%85%D9%87%D8%B1%D8%AC%D8%A7%D9%86$/);
      const result = page.locator(".search-result").filter({ hasText: festival.translations.ar!.headline });
      await expect(result).toHaveCount(1);
      await expect(page.locator(".search-vocabulary")).toHaveCount(0);
    });

    test("a misspelled English word gets “Did you mean”, whose link finds the story", async ({ page }) => {
      await page.goto(`/en/search?${new URLSearchParams({ q: "electricty" })}`);
      const proposal = page.locator(".search-vocabulary");
      await expect(proposal).toHaveText("Did you mean electricity?");
      await proposal.locator("a").click();
      const result = page.locator(".search-result").filter({ hasText: cabinet.translations.en!.headline });
      await expect(result).toHaveCount(1);
    });

    test("an Arabizi query finds its story and says which Arabic words were searched", async ({ page }) => {
      await page.goto(`/ar/search?${new URLSearchParams({ q: "fa5oury" })}`);
      const notice = page.locator(".search-vocabulary");
      await expect(notice.locator("p").first()).toContainText("نتائج البحث عن");
      await expect(notice.locator("bdi.search-query")).toHaveText("فاخوري");
      const result = page.locator(".search-result").filter({ hasText: cabinet.translations.ar!.headline });
      await expect(result).toHaveCount(1);
      // The way back: the Latin letters searched as typed, which find nothing here.
      await expect(notice.locator("a bdi")).toHaveText("fa5oury");
      await notice.locator("a").click();
      await expect(page).toHaveURL(/\/ar\/search\?q=fa5oury&literal=1$/);
      await expect(page.locator(".search-result")).toHaveCount(0);
      await expect(page.locator(".search-vocabulary")).toHaveCount(0);
    });
  });
}
