import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { authors } from "@/prisma/content/authors";
import { sections } from "@/prisma/content/sections";
import { topics } from "@/prisma/content/topics";
import { bilingualStory, demoStory, storyUrl } from "./demo-stories";
import { signIn } from "./newsroom-helpers";
import { startCacheProxy, type CacheProxy } from "./support/cache-proxy";
import { queryE2eDatabase } from "./support/e2e-database";

// Issue 23, part 6: the breaking-news banner. Set in the newsroom, it shows
// on every reading page in both languages, with and without JavaScript,
// directly and through the caching proxy (ESI), survives hydration, can be
// hidden by readers, leaves by itself at its expiry, and goes when cleared.

type Locale = "en" | "ar";
const BANNER = "section.breaking-banner";
// The banner as markup in a page's HTML. Not its attributes alone: the page's
// React payload carries the copy it was rendered with as an escaped string,
// which the proxy never touches (React does not use it either).
const SHOWN = '<section class="breaking-banner"';
const words = {
  en: { text: "Storm reaches the coast: coastal roads closed", dismiss: "Hide" },
  ar: { text: "العاصفة تبلغ الساحل وإغلاق الطرق الساحلية", dismiss: "إخفاء" },
};

/** Five kinds of reading page, plus the live page and search. */
function readingPages(locale: Locale): string[] {
  const topic = topics.find((each) => each.key === "environment")!;
  return [
    `/${locale}`,
    `/${locale}/section/${encodeURIComponent(sections[0]!.slugs[locale])}`,
    `/${locale}/tags/${encodeURIComponent(topic.slugs[locale])}`,
    `/${locale}/authors/${authors[0]!.key}`,
    storyUrl(bilingualStory, locale),
    storyUrl(demoStory("winter-storm-live"), locale),
    `/${locale}/search?q=storm`,
  ];
}

async function asEditor(browser: Browser, locale: Locale, act: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, "editor", locale);
    await page.goto(`/${locale}/newsroom/banner`);
    await act(page);
  } finally {
    await context.close();
  }
}

async function setBanner(
  browser: Browser,
  locale: Locale,
  text: string,
  link = storyUrl(bilingualStory, locale),
) {
  await asEditor(browser, locale, async (page) => {
    const form = page.locator(`#banner-form-${locale}`);
    await form.locator(`#banner-text-${locale}`).fill(text);
    await form.locator(`#banner-link-${locale}`).fill(link);
    await form.locator("button[type=submit]").click();
    await expect(page.locator(".form-notice")).toBeVisible();
  });
}

async function clearBanner(browser: Browser, locale: Locale) {
  await asEditor(browser, locale, async (page) => {
    const clear = page.locator(`section[data-locale=${locale}] .banner-desk__current button[type=submit]`);
    if ((await clear.count()) === 0) return;
    await clear.click();
    await expect(page.locator(".form-notice")).toBeVisible();
  });
}

/** The banner's expiry moved a few seconds ahead, as if set with a short one (the form counts in minutes). */
async function expireSoon(locale: Locale, seconds: number): Promise<void> {
  await queryE2eDatabase(
    `UPDATE "BreakingBanner" SET "expiresAt" = now() + make_interval(secs => $2) WHERE locale = $1::"Locale"`,
    [locale, seconds],
  );
}

test.describe.configure({ mode: "serial" });

let proxy: CacheProxy;
test.beforeAll(async () => {
  proxy = await startCacheProxy();
});
test.afterAll(async ({ browser }) => {
  // Later specs see the site as seeded: no banner.
  for (const locale of ["en", "ar"] as const) await clearBanner(browser, locale);
  await proxy?.stop();
});

for (const locale of ["en", "ar"] as const) {
  test(`(${locale}) a banner set in the newsroom shows on every reading page, without JavaScript, in the page's direction`, async ({
    browser,
  }) => {
    await setBanner(browser, locale, words[locale].text);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of readingPages(locale)) {
      await page.goto(path);
      const banner = page.locator(BANNER);
      await expect(banner, path).toHaveCount(1);
      await expect(banner.locator("bdi")).toHaveText(words[locale].text);
      await expect(banner.locator("a")).toHaveAttribute("href", storyUrl(bilingualStory, locale));
      // Nothing to do without JavaScript, so nothing to press.
      await expect(banner.locator("button")).toBeHidden();
      expect(await banner.evaluate((element) => getComputedStyle(element).direction)).toBe(
        locale === "ar" ? "rtl" : "ltr",
      );
    }
    // Through the proxy: the same banner, included as a fragment (no ESI markup reaches the reader).
    for (const path of readingPages(locale).slice(0, 5)) {
      const response = await page.request.get(`${proxy.url}${path}`);
      // An assembled page has no validator of its own: a 304 would keep a browser's old banner.
      expect(response.headers()["etag"], path).toBeUndefined();
      const html = await response.text();
      expect(html, path).not.toContain("<esi:");
      expect(html, path).not.toContain("<!--esi");
      expect(html.split(SHOWN), path).toHaveLength(2);
      expect(html).toContain(words[locale].text);
    }
    await context.close();
  });

  test(`(${locale}) readers with JavaScript hide the banner, and it stays hidden on other pages until a new one is set`, async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/${locale}`);
    const banner = page.locator(BANNER);
    await banner.getByRole("button", { name: words[locale].dismiss }).click();
    await expect(banner).toBeHidden();
    await expect(page.locator("#main")).toBeFocused();
    await page.goto(storyUrl(bilingualStory, locale));
    await expect(page.locator(`${BANNER} button`)).toHaveCount(1);
    await expect(page.locator(BANNER)).toBeHidden();
    await setBanner(browser, locale, `${words[locale].text} (2)`);
    await page.goto(`/${locale}`);
    await expect(page.locator(BANNER)).toBeVisible();
    await expect(page.locator(`${BANNER} bdi`)).toHaveText(`${words[locale].text} (2)`);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
}

for (const via of ["the app alone", "the caching proxy (ESI)"] as const) {
  test(`the banner survives hydration, served by ${via}`, async ({ browser }) => {
    const origin = via === "the app alone" ? "" : proxy.url;
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    // The node the HTML parser made, kept before any script runs.
    await page.addInitScript((selector) => {
      const observer = new MutationObserver(() => {
        const found = document.querySelector(selector);
        if (found) {
          Object.assign(window, { parsedBanner: found });
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    }, BANNER);
    // A replaced banner reaches the proxy's readers after one stale answer (a soft purge): settled first.
    const path = storyUrl(bilingualStory, "en");
    await expect
      .poll(async () =>
        (await (await page.request.get(`${origin}${path}`)).text()).includes(`${words.en.text} (2)`),
      )
      .toBe(true);
    await page.goto(`${origin}${path}`);
    // The dismiss button appears once React has hydrated and run its effects.
    await expect(page.locator(`${BANNER} button`)).toBeVisible();
    await page.waitForLoadState("networkidle");
    await page.locator("#site-search").fill("storm");
    await page.locator("#site-search").press("Escape");
    const kept = await page.evaluate((selector) => {
      const parsed = (window as unknown as { parsedBanner?: Element }).parsedBanner;
      return { same: parsed === document.querySelector(selector), connected: parsed?.isConnected ?? false };
    }, BANNER);
    expect(kept).toEqual({ same: true, connected: true });
    await expect(page.locator(`${BANNER} bdi`)).toHaveText(`${words.en.text} (2)`);
    expect(problems.filter((problem) => /hydrat|did not match|#418|#423|#425/i.test(problem))).toEqual([]);
    await context.close();
  });
}

// How soon the banner reaches or leaves the cached pages is measured by the
// benchmark (bench/support/banner-visibility.ts, within 2 s): a test only
// waits long enough for a busy machine to render a page, far shorter than
// the fragment's own lifetime (until the banner's expiry), so only a purge
// can make these pass.
const PURGED_WITHIN = { timeout: 10_000, intervals: [50] };

test("through the proxy, a new banner reaches cached pages while the pages stay cached", async ({
  browser,
  request,
}) => {
  const paths = readingPages("en").slice(0, 5);
  for (const path of paths) await request.get(`${proxy.url}${path}`);
  const text = "Second alert: the airport reopens";
  const before = proxy.appRequests();
  await setBanner(browser, "en", text);
  for (const path of paths) {
    await expect
      .poll(
        async () => (await (await request.get(`${proxy.url}${path}`)).text()).includes(text),
        PURGED_WITHIN,
      )
      .toBe(true);
  }
  // Every page came from the cache: the app was asked for the fragment
  // (once after each of the action's two purges), never for the five pages.
  for (const path of paths) {
    expect((await request.get(`${proxy.url}${path}`)).headers()["x-cache"], path).toBe("HIT");
  }
  expect(proxy.appRequests() - before).toBeLessThanOrEqual(4);
});

for (const locale of ["en", "ar"] as const) {
  test(`(${locale}) a banner leaves by itself at its expiry: hidden in an open page at once, and gone from cached pages without a purge, without JavaScript too`, async ({
    browser,
    request,
  }) => {
    const text = `${words[locale].text} (expiring)`;
    await setBanner(browser, locale, text);
    await expireSoon(locale, 8);
    const home = `/${locale}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(home);
    await expect(page.locator(`${BANNER} bdi`)).toHaveText(text);
    await expect
      .poll(async () => (await (await request.get(`${proxy.url}${home}`)).text()).includes(text))
      .toBe(true);
    // The open page hides it when its minute comes, without a reload.
    await expect(page.locator(BANNER)).toBeHidden({ timeout: 15_000 });
    // Cached pages, directly and through the proxy, lose it on their own (no purge was sent),
    // as a browser without JavaScript sees them.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const reader = await noScript.newPage();
    for (const origin of ["", proxy.url]) {
      await expect
        .poll(
          async () => {
            await reader.goto(`${origin}${home}`);
            return reader.locator(BANNER).count();
          },
          { timeout: 10_000, intervals: [250] },
        )
        .toBe(0);
    }
    await noScript.close();
    await context.close();
  });

  test(`(${locale}) a cleared banner is gone from every page, directly and through the proxy`, async ({
    browser,
    request,
  }) => {
    await setBanner(browser, locale, words[locale].text);
    for (const path of readingPages(locale).slice(0, 5)) await request.get(`${proxy.url}${path}`);
    await clearBanner(browser, locale);
    for (const origin of ["", proxy.url]) {
      for (const path of readingPages(locale).slice(0, 5)) {
        await expect
          .poll(
            async () => (await (await request.get(`${origin}${path}`)).text()).includes(SHOWN),
            PURGED_WITHIN,
          )
          .toBe(false);
      }
    }
  });
}

test("the newsroom's banner page has nothing axe objects to, in both languages", async ({ browser }) => {
  for (const locale of ["en", "ar"] as const) {
    await asEditor(browser, locale, async (page) => {
      await expect(page.locator("h1")).toHaveText(
        locale === "en" ? "Breaking-news banner" : "شريط الأخبار العاجلة",
      );
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });
  }
});
