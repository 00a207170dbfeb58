import { expect, test } from "@playwright/test";
import { bilingualStory, storyUrl } from "./demo-stories";

// Issue 26, item 7: the reader's pages on a phone, on a wide screen and on
// paper, in both languages.

for (const locale of ["en", "ar"] as const) {
  test.describe(`(${locale}) reader pages`, () => {
    test("on a 360 px phone the header takes at most 120 px, and search is one tap away", async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      for (const path of [`/${locale}`, storyUrl(bilingualStory, locale)]) {
        await page.goto(path);
        const header = await page.locator(".site-header").boundingBox();
        expect(header!.height, path).toBeLessThanOrEqual(120);
        // Nothing scrolls the page sideways: the sections scroll within their own row.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      await page.locator(".search-link").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/search`));
      await expect(page.locator("#search-query")).toBeVisible();
    });

    test("a story says how long it takes to read", async ({ page }) => {
      await page.goto(storyUrl(bilingualStory, locale));
      const shown = page.locator(".story__reading-time");
      await expect(shown).toHaveText(
        locale === "en" ? /^\d+ min read$/ : /^قراءة في (دقيقة واحدة|دقيقتين|\d+ دقائق|\d+ دقيقة)$/,
      );
    });

    test("at 1,280 px the story is a centred readable column or sits beside its side column", async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(storyUrl(bilingualStory, locale));
      const article = (await page.locator("article.story").boundingBox())!;
      const asideFilled = await page.locator(".story-layout__aside .most-read").count();
      if (asideFilled > 0) {
        const aside = (await page.locator(".story-layout__aside").boundingBox())!;
        expect(aside.width).toBeGreaterThan(200);
      } else {
        // No empty column beside the story: its middle is the page's middle.
        expect(Math.abs(article.x + article.width / 2 - 640)).toBeLessThan(24);
      }
      expect(article.width).toBeGreaterThanOrEqual(600);
    });

    test("printed, a story keeps its text and drops the site's navigation and comments", async ({ page }) => {
      await page.goto(storyUrl(bilingualStory, locale));
      await page.emulateMedia({ media: "print" });
      await expect(page.locator(".story__headline")).toBeVisible();
      await expect(page.locator(".story-body")).toBeVisible();
      await expect(page.locator(".story__dates")).toBeVisible();
      for (const hidden of [".section-nav", ".comments", ".locale-switcher", ".related-stories"]) {
        await expect(page.locator(hidden).first(), hidden).toBeHidden();
      }
      const colours = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return { ink: body.color, paper: body.backgroundColor };
      });
      expect(colours).toEqual({ ink: "rgb(0, 0, 0)", paper: "rgb(255, 255, 255)" });
    });
  });
}
