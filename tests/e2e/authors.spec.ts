import { expect, test } from "@playwright/test";
import { authors } from "@/prisma/content/authors";
import { stories } from "@/prisma/content/stories/index";
import { storyUrl } from "./demo-stories";

const author = authors.find((each) => each.key === "layla-khoury")!;
const story = stories.find(
  (each) => each.authors.includes(author.key) && each.translations.en && each.translations.ar,
)!;

test.describe("author pages", () => {
  test("a reader follows the byline to the author's page, in both languages", async ({ page }) => {
    await page.goto(storyUrl(story, "ar"));
    await page.locator(".byline").getByRole("link", { name: author.names.ar }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/authors/${author.key}$`));
    await expect(page.locator("h1")).toHaveText(author.names.ar);
    await expect(page.getByText(author.bios.ar)).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
    await expect(page.getByRole("link", { name: story.translations.ar!.headline })).toBeVisible();
    // The portrait has its size before it loads, so the page does not shift.
    await expect(page.locator(".author-profile__photo")).toHaveAttribute("width", "240");

    await page.locator(".locale-switcher").click();
    await expect(page).toHaveURL(new RegExp(`/en/authors/${author.key}$`));
    await expect(page.locator("h1")).toHaveText(author.names.en);
  });

  test("the story's structured data names the author as a Person with the page's address", async ({
    page,
  }) => {
    await page.goto(storyUrl(story, "en"));
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const article = blocks.map((block) => JSON.parse(block)).find((data) => data["@type"] === "NewsArticle");
    expect(article.author).toContainEqual({
      "@type": "Person",
      name: author.names.en,
      url: expect.stringMatching(new RegExp(`/en/authors/${author.key}$`)),
    });
  });
});
