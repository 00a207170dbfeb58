import { expect, test } from "@playwright/test";
import { bilingualStory, longestStory, storyUrl } from "./demo-stories";

const pages = [
  { name: "home-en", path: "/en" },
  { name: "home-ar", path: "/ar" },
  { name: "story-en", path: storyUrl(bilingualStory, "en") },
  { name: "story-ar", path: storyUrl(bilingualStory, "ar") },
  { name: "long-story-ar", path: storyUrl(longestStory, "ar") },
];

test.describe("layout on a narrow phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const { name, path } of pages) {
    test(`${name} has no horizontal scrolling at 360 px`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("screenshots kept as artifacts", () => {
  for (const { name, path } of pages.slice(0, 4)) {
    test(`${name} screenshot`, async ({ page }, testInfo) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const file = testInfo.outputPath(`${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(name, { path: file, contentType: "image/png" });
    });
  }
});

test("every reading page has a skip link and landmarks", async ({ page }) => {
  await page.goto(storyUrl(bilingualStory, "ar"));
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "انتقل إلى المحتوى الرئيسي" });
  await expect(skip).toBeFocused();
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.getByRole("navigation").first()).toBeVisible();
});
