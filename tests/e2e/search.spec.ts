import { expect, test } from "@playwright/test";
import { stories } from "@/prisma/content/stories/index";
import { htmlErrors } from "./support/validate-html";

const conference = stories.find((s) => s.key === "aid-conference")!;
const olives = stories.find((s) => s.key === "olive-harvest")!;
const tomb = stories.find((s) => s.key === "byblos-excavation")!;
const cabinet = stories.find((s) => s.key === "cabinet-electricity-plan")!;
const strike = stories.find((s) => s.key === "university-strike")!;

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an English reader searches from the header and finds the story, highlighted", async ({ page }) => {
    await page.goto("/en");
    await page.locator("#site-search").fill("olive harvests");
    await page.locator("#site-search").press("Enter");
    await expect(page).toHaveURL(/\/en\/search\?q=olive\+harvests$/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");
    const result = page.locator(".search-result").filter({ hasText: olives.translations.en!.headline });
    await expect(result).toHaveCount(1);
    await expect(result.locator("h2 mark")).toHaveText(["olive", "harvest"]);
    await result.locator("h2 a").click();
    await expect(page.locator("h1")).toHaveText(olives.translations.en!.headline);
  });

  test("an Arabic reader finds a story spelled differently, right to left with highlights", async ({
    page,
  }) => {
    await page.goto("/ar");
    // Stored as «مؤتمر»; typed without the hamza seat.
    await page.locator("#site-search").fill("موتمر");
    await page.locator("#site-search").press("Enter");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const result = page.locator(".search-result").filter({ hasText: conference.translations.ar!.headline });
    await expect(result.locator("h2 mark")).toHaveText("مؤتمر");
    expect(await result.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    await expect(page.locator(".search-query")).toHaveText("موتمر");
  });

  test("an Arabic reader finds word forms: a fused conjunction and a plural; stop words alone are nothing to look up", async ({
    page,
  }) => {
    // «الكهرباء» in the story; typed with the fused «و».
    await page.goto(`/ar/search?${new URLSearchParams({ q: "والكهرباء" })}`);
    const fused = page.locator(".search-result").filter({ hasText: cabinet.translations.ar!.headline });
    await expect(fused.locator("h2 mark").first()).toBeVisible();
    // «أساتذة» in the story; typed in the singular (a broken plural).
    await page.goto(`/ar/search?${new URLSearchParams({ q: "أستاذ" })}`);
    const plural = page.locator(".search-result").filter({ hasText: strike.translations.ar!.headline });
    await expect(plural.locator("h2 mark")).toHaveText("أساتذة");
    for (const q of ["في", "في من على"]) {
      const response = await page.goto(`/ar/search?${new URLSearchParams({ q })}`);
      expect(response?.status(), q).toBe(200);
      await expect(page.locator("main .notice").first(), q).toHaveText(
        /لا يتضمن هذا البحث ما يمكن البحث عنه/,
      );
      await expect(page.locator(".search-result"), q).toHaveCount(0);
    }
  });

  test("hostile queries get a clear answer, never an error", async ({ page }) => {
    for (const q of ["&|!:*()", "the of and", '\' OR 1=1; DROP TABLE "Story"; --', "-olive", "NATO ناتو"]) {
      const response = await page.goto(`/en/search?${new URLSearchParams({ q })}`);
      expect(response?.status(), q).toBe(200);
      await expect(page.locator("main .notice").first(), q).toBeVisible();
    }
    const long = await page.goto(`/ar/search?${new URLSearchParams({ q: "بيروت ".repeat(400) })}`);
    expect(long?.status()).toBe(200);
    await expect(page.locator("main .notice").first()).toContainText("200");
    await expect(page.locator(".search-result").first()).toBeVisible();
  });

  test("filters by section and sorts by newest through the page's own form", async ({ page }) => {
    await page.goto(`/en/search?q=beirut`);
    const all = await page.locator(".search-result").count();
    expect(all).toBeGreaterThan(1);
    await page.locator("#search-sort").selectOption("newest");
    await page.locator("#search-section").selectOption({ index: 1 });
    await page.locator(".search-filters button").click();
    await expect(page).toHaveURL(/sort=newest/);
    const section = (await page.locator("#search-section option:checked").textContent())!.trim();
    for (const label of await page.locator(".search-result .story-card__section").allTextContents()) {
      expect(label.trim()).toBe(section);
    }
    const times = await page
      .locator(".search-result time")
      .evaluateAll((els) => els.map((el) => el.getAttribute("datetime")!));
    expect(times).toEqual([...times].sort().reverse());
  });
});

test("results pages are valid HTML and say how caches may keep them", async ({ request }) => {
  const pages = new Map<string, string>();
  for (const url of [
    "/en/search",
    "/en/search?q=beirut&sort=newest",
    "/ar/search?q=%D8%A8%D9%8A%D8%B1%D9%88%D8%AA&page=2",
  ]) {
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    // Shareable like every reading page (scripts/server/response-policy.ts).
    expect(response.headers()["cache-control"]).toBe(
      "public, max-age=0, s-maxage=60, stale-while-revalidate=60",
    );
    pages.set(url, await response.text());
  }
  expect(await htmlErrors(pages)).toEqual([]);
  const suggest = await request.get("/api/search/suggest?locale=ar&q=%D9%85%D8%AF%D9%81");
  expect(suggest.headers()["cache-control"]).toContain("public");
  expect((await suggest.json()).suggestions.length).toBeGreaterThan(0);
  expect((await request.get("/api/search/suggest?locale=fr&q=x")).status()).toBe(400);
});

test.describe("suggestions with JavaScript", () => {
  test("headlines are suggested as the reader types, in both languages", async ({ page }) => {
    await page.goto("/en");
    await page.locator("#site-search").pressSequentially("phoenic");
    const suggestion = page.getByRole("option", { name: tomb.translations.en!.headline });
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await expect(page.locator("h1")).toHaveText(tomb.translations.en!.headline);

    await page.goto("/ar");
    await page.locator("#site-search").pressSequentially("مدف");
    await expect(page.getByRole("option", { name: tomb.translations.ar!.headline })).toBeVisible();
    await page.locator("#site-search").press("Escape");
    await expect(page.locator(".search-suggestions")).toHaveCount(0);
  });
});
