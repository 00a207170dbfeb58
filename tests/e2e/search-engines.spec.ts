import { expect, test, type Page } from "@playwright/test";
import { bilingualStory, englishOnlyStory, storyUrl } from "./demo-stories";

async function hreflangs(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLLinkElement>('head link[rel="alternate"][hreflang]')].map((link) => [
        link.hreflang,
        link.href,
      ]),
    ),
  );
}

async function canonical(page: Page): Promise<string | null> {
  return page.locator('head link[rel="canonical"]').getAttribute("href");
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => JSON.parse(block) as Record<string, unknown>);
}

test.describe("what search engines read on story pages", () => {
  test("language versions list each other reciprocally, each canonical to itself", async ({
    page,
    baseURL,
  }) => {
    const en = new URL(storyUrl(bilingualStory, "en"), baseURL).href;
    const ar = new URL(storyUrl(bilingualStory, "ar"), baseURL).href;
    const expected = { en, ar, "x-default": en };

    await page.goto(en);
    expect(await hreflangs(page)).toEqual(expected);
    expect(await canonical(page)).toBe(en);

    await page.goto(ar);
    expect(await hreflangs(page)).toEqual(expected);
    expect(await canonical(page)).toBe(ar);
  });

  test("a story in one language lists no other version", async ({ page, baseURL }) => {
    const en = new URL(storyUrl(englishOnlyStory, "en"), baseURL).href;
    await page.goto(en);
    expect(await hreflangs(page)).toEqual({ en, "x-default": en });
    await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(0);
  });

  test("Open Graph names the page's locale and its published alternate", async ({ page }) => {
    await page.goto(storyUrl(bilingualStory, "ar"));
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "ar_AR");
    await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute("content", "en_US");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      "content",
      bilingualStory.translations.ar!.headline,
    );
    await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute(
      "content",
      /^https?:\/\//,
    );
  });

  test("NewsArticle structured data ties the translations together", async ({ page, baseURL }) => {
    const source = bilingualStory.sourceLocale;
    const translated = source === "en" ? "ar" : "en";
    await page.goto(storyUrl(bilingualStory, translated));
    const [article, breadcrumbs] = await jsonLd(page);
    expect(article).toMatchObject({
      "@type": "NewsArticle",
      headline: bilingualStory.translations[translated]!.headline,
      inLanguage: translated,
      translationOfWork: {
        "@id": new URL(storyUrl(bilingualStory, source), baseURL).href,
        inLanguage: source,
      },
    });
    for (const field of ["datePublished", "dateModified", "author", "publisher", "image"]) {
      expect(article, field).toHaveProperty(field);
    }
    expect(breadcrumbs).toMatchObject({ "@type": "BreadcrumbList" });

    await page.goto(storyUrl(bilingualStory, source));
    const [original] = await jsonLd(page);
    expect(original).toMatchObject({ workTranslation: [{ inLanguage: translated }] });
  });
});

test("front pages and sections pair their language versions", async ({ page, baseURL }) => {
  await page.goto("/ar");
  expect(await hreflangs(page)).toEqual({
    en: new URL("/en", baseURL).href,
    ar: new URL("/ar", baseURL).href,
    "x-default": new URL("/en", baseURL).href,
  });
  expect(await canonical(page)).toBe(new URL("/ar", baseURL).href);
});

test("robots.txt opens the reading site, closes the newsroom and previews, names the index", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/User-Agent: \*\s+Allow: \//i);
  const disallowed = [...text.matchAll(/^Disallow: (.+)$/gim)].map((match) => match[1]!.trim());
  for (const locale of ["en", "ar"]) {
    expect(disallowed).toContain(`/${locale}/newsroom`);
    expect(disallowed).toContain(`/${locale}/preview`);
  }
  expect(disallowed).not.toContain("/");
  expect(text).toContain(`Sitemap: ${new URL("/sitemap.xml", baseURL).href}`);
});
