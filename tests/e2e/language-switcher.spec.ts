import { expect, test } from "@playwright/test";
import { arabicOnlyStory, bilingualStory, englishOnlyStory, storyUrl } from "./demo-stories";
import { sections } from "@/prisma/content/sections";

test.describe("the header language switcher", () => {
  test("lands on the same story in the other language", async ({ page }) => {
    await page.goto(storyUrl(bilingualStory, "en"));
    await page.locator(".locale-switcher").click();
    await expect(page).toHaveURL(storyUrl(bilingualStory, "ar"));
    await expect(page.locator("h1")).toHaveText(bilingualStory.translations.ar!.headline);

    await page.locator(".locale-switcher").click();
    await expect(page).toHaveURL(storyUrl(bilingualStory, "en"));
  });

  test("goes to the other language's front page when the story has no translation, and says so", async ({
    page,
  }) => {
    await page.goto(storyUrl(englishOnlyStory, "en"));
    await expect(page.getByRole("link", { name: "إقرأ هذا الخبر بالعربية" })).toHaveCount(0);
    await expect(page.getByText("This story is not available in Arabic.")).toBeVisible();
    await page.locator(".locale-switcher").click();
    await expect(page).toHaveURL("/ar");

    await page.goto(storyUrl(arabicOnlyStory, "ar"));
    await expect(page.getByRole("link", { name: "Read this story in English" })).toHaveCount(0);
    await expect(page.getByText("هذا الخبر غير متوفّر بالإنكليزية.")).toBeVisible();
    await page.locator(".locale-switcher").click();
    await expect(page).toHaveURL("/en");
  });

  test("keeps the reader in the same section", async ({ page }) => {
    const section = sections[0]!;
    await page.goto(`/en/section/${encodeURIComponent(section.slugs.en)}`);
    await expect(page.locator("h1")).toHaveText(section.names.en);
    await page.locator(".locale-switcher").click();
    await expect(page).toHaveURL(`/ar/section/${encodeURIComponent(section.slugs.ar)}`);
    await expect(page.locator("h1")).toHaveText(section.names.ar);
  });

  test("a browser naming neither language returns to the last one read", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/ar");
    await page.goto("/");
    await expect(page).toHaveURL("/ar");
    await context.close();
  });
});

test.describe("landing in the reader's language", () => {
  test("Arabic Accept-Language lands on /ar", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ar-LB" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL("/ar");
    await context.close();
  });

  test("the browser's language comes before the cookie", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ar-LB" });
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: test.info().project.use.baseURL! }]);
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL("/ar");
    await context.close();
  });

  test("without a preference, English", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL("/en");
    await context.close();
  });
});
