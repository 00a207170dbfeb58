import { expect, test, type Page } from "@playwright/test";

async function expectPastTheEnd(
  page: Page,
  path: string,
  words: { title: string; link: string },
  firstPage: string,
): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.locator("h1")).toHaveText(words.title);
  await expect(page.getByRole("link", { name: words.link })).toHaveAttribute("href", firstPage);
}

test.describe("clear answers for missing pages", () => {
  test("an unknown locale is a 404", async ({ request }) => {
    const response = await request.get("/fr", { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    const nested = await request.get("/de/story/anything", { maxRedirects: 0 });
    expect(nested.status()).toBe(404);
  });

  test("an unknown story slug gets the localized 404 page", async ({ page }) => {
    const en = await page.goto("/en/story/no-such-story-here");
    expect(en?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("Page not found");

    const ar = await page.goto(`/ar/story/${encodeURIComponent("خبر-غير-موجود")}`);
    expect(ar?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("h1")).toHaveText("الصفحة غير موجودة");
  });

  test("malformed percent-encoding is a 404, never a stack trace", async ({ request }) => {
    for (const path of ["/en/story/%E0%A4%A", "/ar/section/%ZZ", "/en/%"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      const body = await response.text();
      expect(body, path).not.toMatch(/at \w+ \(|node_modules|URIError/);
    }
  });

  test("unknown sections and pages past the end are 404", async ({ request }) => {
    expect((await request.get("/en/section/no-such-section")).status()).toBe(404);
    expect((await request.get("/en/page/999")).status()).toBe(404);
    expect((await request.get("/en/page/abc")).status()).toBe(404);
    expect((await request.get("/en/some/unknown/path")).status()).toBe(404);
  });

  test("a page past a list's end says so and links to the list's first page", async ({ page }) => {
    await expectPastTheEnd(
      page,
      "/en/page/99999",
      { title: "This list has no such page", link: "Go to the list's first page" },
      "/en",
    );
    await expectPastTheEnd(
      page,
      "/ar/section/no-such-section/page/3",
      { title: "لا توجد هذه الصفحة في القائمة", link: "الانتقال إلى الصفحة الأولى من القائمة" },
      "/ar/section/no-such-section",
    );

    // Only a list's own first page is ever offered; anything else gets the plain 404 words.
    await page.goto(`/en/page-not-found/list?first=${encodeURIComponent("https://example.com/")}`);
    await expect(page.locator("h1")).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Go to the list's first page" })).toHaveCount(0);
  });
});
