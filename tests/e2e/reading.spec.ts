import { expect, test } from "@playwright/test";
import { stories } from "@/prisma/content/stories/index";
import { bilingualStory, storyUrl } from "./demo-stories";

test.describe("reading a story in both languages", () => {
  test("a reader opens the front page, then a story, in English", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const lead = page.locator(".lead .story-card__headline a");
    const headline = (await lead.textContent())?.trim() ?? "";
    await lead.click();
    await expect(page.locator("h1")).toHaveText(headline);
    await expect(page.locator(".byline")).toContainText("By");
    await expect(page.locator(".story__dates time").first()).toHaveText(
      /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, \d{2}:\d{2}$/,
    );
  });

  test("a byline joins its names the way each language does", async ({ page }) => {
    const cowritten = stories.find((s) => s.authors.length === 2 && s.translations.en && s.translations.ar)!;
    for (const [locale, joined] of [
      ["en", (a: string, b: string) => `By ${a} and ${b}`],
      ["ar", (a: string, b: string) => `بقلم ${a} و${b}`],
    ] as const) {
      await page.goto(storyUrl(cowritten, locale));
      const [first, second] = await page.locator(".byline bdi").allTextContents();
      await expect(page.locator(".byline")).toHaveText(joined(first!, second!));
    }
  });

  test("a paged title takes each language's comma", async ({ page }) => {
    await page.goto("/ar/page/2");
    await expect(page).toHaveTitle(/^[^,]+، الصفحة 2 \| /);
    await page.goto("/en/page/2");
    await expect(page).toHaveTitle(/, page 2 \| /);
  });

  test("the English story links to its Arabic version and back", async ({ page }) => {
    const en = bilingualStory.translations.en!;
    const ar = bilingualStory.translations.ar!;
    await page.goto(storyUrl(bilingualStory, "en"));
    await expect(page.locator("h1")).toHaveText(en.headline);

    const toArabic = page.getByRole("link", { name: "إقرأ هذا الخبر بالعربية" });
    await expect(toArabic).toHaveAttribute("lang", "ar");
    await expect(toArabic).toHaveAttribute("dir", "rtl");
    await expect(toArabic).toHaveAttribute("hreflang", "ar");
    await toArabic.click();

    await expect(page.locator("h1")).toHaveText(ar.headline);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
    await expect(page.locator(".story__dates time").first()).toHaveText(
      /(كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول) \d{4}، \d{2}:\d{2}/,
    );

    const toEnglish = page.getByRole("link", { name: "Read this story in English" });
    await expect(toEnglish).toHaveAttribute("lang", "en");
    await expect(toEnglish).toHaveAttribute("dir", "ltr");
    await expect(toEnglish).toHaveAttribute("hreflang", "en");
    await toEnglish.click();
    await expect(page).toHaveURL(storyUrl(bilingualStory, "en"));
    await expect(page.locator("h1")).toHaveText(en.headline);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("ltr");
  });
});
