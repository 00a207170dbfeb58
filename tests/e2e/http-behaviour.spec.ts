import { expect, test } from "@playwright/test";
import { stories } from "@/prisma/content/stories/index";
import { bilingualStory, storyUrl } from "./demo-stories";

const renamed = stories.find((story) => story.translations.en?.formerSlugs?.length)!;

test.describe("HTTP answers a CDN and a crawler can rely on", () => {
  test("a reading page may be cached by a CDN for a minute and served stale while it revalidates", async ({
    request,
  }) => {
    const response = await request.get(storyUrl(bilingualStory, "en"), {
      headers: { "accept-language": "en" },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["set-cookie"]).toBeUndefined();
    const cacheControl = response.headers()["cache-control"] ?? "";
    // A minute at most: a cache nobody purges must not keep a withdrawn story.
    expect(cacheControl).toMatch(/\bs-maxage=60\b/);
    // Browsers ask again each time, so a reload shows a correction.
    expect(cacheControl).toMatch(/(^|[ ,])max-age=0\b/);
    expect(cacheControl).toMatch(/stale-while-revalidate=60\b/);
  });

  test("crawlers get no cookie, so every language version stays shareable", async ({ request }) => {
    const response = await request.get(storyUrl(bilingualStory, "ar"), {
      headers: { "accept-language": "" },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["set-cookie"]).toBeUndefined();
    expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  });

  test("a response that remembers the reader's language is never stored by a shared cache", async ({
    request,
  }) => {
    // Only browsers whose languages name neither of ours are given the cookie.
    const response = await request.get(storyUrl(bilingualStory, "ar"), {
      headers: { "accept-language": "fr-FR,fr;q=0.9" },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["set-cookie"]).toContain("NEXT_LOCALE=ar");
    expect(response.headers()["cache-control"]).toMatch(/private/);
  });

  for (const locale of ["en", "ar"] as const) {
    test(`an old ${locale} slug redirects permanently to the current one`, async ({ request, baseURL }) => {
      const oldSlug = renamed.translations[locale]!.formerSlugs![0]!;
      const response = await request.get(`/${locale}/story/${encodeURIComponent(oldSlug)}`, {
        maxRedirects: 0,
      });
      expect(response.status()).toBe(308);
      expect(new URL(response.headers()["location"]!, baseURL).href).toBe(
        new URL(storyUrl(renamed, locale), baseURL).href,
      );
    });
  }
});
