import { expect, test, type Page } from "@playwright/test";
import { bilingualStory, demoStory, storyUrl } from "./demo-stories";

const LOCALES = ["en", "ar"] as const;
const words = {
  en: {
    bar: "Share this story",
    whatsapp: "Share on WhatsApp (opens in a new tab)",
    email: "Share by email",
    share: "Share",
    copy: "Copy link",
    pageLink: "Link to this story",
    copied: "Link copied",
  },
  ar: {
    bar: "شارك هذا الخبر",
    whatsapp: "شارك عبر واتساب (يُفتح في علامة تبويب جديدة)",
    email: "شارك عبر البريد الإلكتروني",
    share: "مشاركة",
    copy: "نسخ الرابط",
    pageLink: "رابط هذا الخبر",
    copied: "نُسخ الرابط",
  },
};

/** The query of a share link as the service reads it. */
function fields(href: string): Record<string, string> {
  const query = href.slice(href.indexOf("?") + 1);
  return Object.fromEntries(
    query.split("&").map((pair) => pair.split("=").map(decodeURIComponent) as [string, string]),
  );
}

async function canonical(page: Page): Promise<string> {
  const href = await page.locator('head link[rel="canonical"]').getAttribute("href");
  expect(href).toMatch(/^https?:\/\//);
  return href!;
}

for (const locale of LOCALES) {
  const headline = bilingualStory.translations[locale]!.headline;

  test.describe(`share bar in ${locale}`, () => {
    test("every link carries the page's canonical URL in its language, and the headline where the service takes text", async ({
      page,
      baseURL,
    }) => {
      await page.goto(storyUrl(bilingualStory, locale));
      const url = await canonical(page);
      expect(url).toBe(new URL(storyUrl(bilingualStory, locale), baseURL).href);
      const bar = page.getByRole("group", { name: words[locale].bar });
      const links = bar.locator("a.share-bar__link[href*='?']");
      const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
      expect(hrefs.map((href) => href.slice(0, href.indexOf("?")))).toEqual([
        "https://wa.me/",
        "https://x.com/intent/post",
        "https://www.facebook.com/sharer/sharer.php",
        "https://t.me/share/url",
        "mailto:",
      ]);
      const [whatsapp, x, facebook, telegram, email] = hrefs.map(fields);
      expect(whatsapp).toEqual({ text: `${headline}\n${url}` });
      expect(x).toEqual({ url, text: headline });
      expect(facebook).toEqual({ u: url });
      expect(telegram).toEqual({ url, text: headline });
      expect(email).toEqual({ subject: headline, body: `${headline}\n\n${url}` });
      // The services open in a new tab that cannot reach back to this page; the mail client opens on its own.
      for (const link of (await links.all()).slice(0, 4)) {
        await expect(link).toHaveAttribute("target", "_blank");
        await expect(link).toHaveAttribute("rel", "noopener noreferrer");
      }
      await expect(bar.getByRole("link", { name: words[locale].whatsapp })).toHaveAttribute(
        "href",
        /^https:\/\/wa\.me\//,
      );
      await expect(bar.getByRole("link", { name: words[locale].email })).toHaveAttribute("href", /^mailto:/);
    });

    test("Open Graph and the Twitter card describe the page in its language", async ({ page, baseURL }) => {
      await page.goto(storyUrl(bilingualStory, locale));
      const meta = (property: string) => page.locator(`head meta[property="${property}"]`).first();
      await expect(meta("og:url")).toHaveAttribute("content", await canonical(page));
      await expect(meta("og:locale")).toHaveAttribute("content", locale === "ar" ? "ar_AR" : "en_US");
      await expect(meta("og:locale:alternate")).toHaveAttribute(
        "content",
        locale === "ar" ? "en_US" : "ar_AR",
      );
      await expect(meta("og:title")).toHaveAttribute("content", headline);
      // The story's own picture, as an absolute URL on the site.
      const image = await meta("og:image").getAttribute("content");
      expect(image?.startsWith(`${new URL(baseURL!).origin}/`)).toBe(true);
      await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute(
        "content",
        "summary_large_image",
      );
    });

    test("loading the page asks nothing of any other host, and breaks no content policy", async ({
      page,
      baseURL,
    }) => {
      const origin = new URL(baseURL!).origin;
      const elsewhere: string[] = [];
      const refusals: string[] = [];
      page.on("request", (request) => {
        if (!request.url().startsWith(origin) && !request.url().startsWith("data:"))
          elsewhere.push(request.url());
      });
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
      });
      await page.goto(storyUrl(bilingualStory, locale), { waitUntil: "networkidle" });
      // Hydrated (the copy button replaces the plain link): the client component ran under the page's CSP.
      await expect(page.getByRole("button", { name: words[locale].copy })).toBeVisible();
      expect(elsewhere).toEqual([]);
      expect(refusals).toEqual([]);
    });

    test("where the browser has Web Share, the Share button hands it the canonical URL", async ({ page }) => {
      await page.addInitScript(() => {
        const shared: ShareData[] = [];
        Object.assign(window, { __shared: shared });
        Object.defineProperty(navigator, "share", {
          configurable: true,
          value: async (data: ShareData) => {
            shared.push(data);
          },
        });
      });
      await page.goto(storyUrl(bilingualStory, locale));
      await page.getByRole("button", { name: words[locale].share, exact: true }).click();
      const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
      expect(shared).toEqual([{ title: headline, url: await canonical(page) }]);
    });

    test("without Web Share there is no Share button; copy link copies the URL and says so", async ({
      page,
    }) => {
      await page.addInitScript(() => {
        const copied: string[] = [];
        Object.assign(window, { __copied: copied });
        Object.defineProperty(navigator, "share", { configurable: true, value: undefined });
        Object.defineProperty(navigator, "clipboard", {
          configurable: true,
          value: { writeText: async (text: string) => void copied.push(text) },
        });
      });
      await page.goto(storyUrl(bilingualStory, locale));
      const copy = page.getByRole("button", { name: words[locale].copy });
      await copy.click();
      await expect(page.getByRole("button", { name: words[locale].share, exact: true })).toHaveCount(0);
      const status = page.locator(".share-bar").getByRole("status");
      await expect(status).toHaveText(words[locale].copied);
      await expect(status).toHaveAttribute("aria-live", "polite");
      const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
      expect(copied).toEqual([await canonical(page)]);
    });

    test("without JavaScript the links remain and copy link is a plain link to the page", async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(storyUrl(bilingualStory, locale));
      const bar = page.getByRole("group", { name: words[locale].bar });
      await expect(bar.getByRole("link", { name: words[locale].whatsapp })).toBeVisible();
      await expect(bar.getByRole("link", { name: words[locale].pageLink })).toHaveAttribute(
        "href",
        await canonical(page),
      );
      await expect(bar.getByRole("button")).toHaveCount(0);
      await context.close();
    });
  });
}

test("a live coverage page shares itself too", async ({ page }) => {
  const live = demoStory("winter-storm-live");
  await page.goto(storyUrl(live, "ar"));
  const url = await page.locator('head link[rel="canonical"]').getAttribute("href");
  const whatsapp = page.getByRole("link", { name: words.ar.whatsapp });
  expect(fields((await whatsapp.getAttribute("href"))!)).toEqual({
    text: `${live.translations.ar!.headline}\n${url}`,
  });
});

test("a live page's older updates share the live page itself, in both languages", async ({
  page,
  baseURL,
}) => {
  const live = demoStory("winter-storm-live");
  for (const locale of LOCALES) {
    const livePage = new URL(storyUrl(live, locale), baseURL).href;
    await page.goto(`${storyUrl(live, locale)}/updates/2`);
    const bar = page.getByRole("group", { name: words[locale].bar });
    const whatsapp = bar.getByRole("link", { name: words[locale].whatsapp });
    expect(fields((await whatsapp.getAttribute("href"))!)).toEqual({
      text: `${live.translations[locale]!.headline}\n${livePage}`,
    });
  }
});
