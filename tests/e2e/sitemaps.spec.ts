import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { stories } from "@/prisma/content/stories/index";
import { bilingualStory, englishOnlyStory, storyUrl } from "./demo-stories";

const XHTML = "http://www.w3.org/1999/xhtml";
const NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

interface UrlEntry {
  loc: string;
  lastmod: string | null;
  alternates: Record<string, string>;
  news: { name: string; language: string; date: string; title: string } | null;
}

// Parsed by the browser's own XML parser, which rejects malformed XML.
async function readUrlset(page: Page, request: APIRequestContext, path: string): Promise<UrlEntry[]> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const xml = await response.text();
  return page.evaluate(
    ({ xml, XHTML, NEWS }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      if (doc.querySelector("parsererror")) throw new Error("invalid XML");
      const text = (el: Element, ns: string | null, name: string) =>
        (ns ? el.getElementsByTagNameNS(ns, name)[0] : el.getElementsByTagName(name)[0])?.textContent ?? null;
      return [...doc.documentElement.children].map((url) => {
        const news = url.getElementsByTagNameNS(NEWS, "news")[0];
        return {
          loc: text(url, null, "loc") ?? "",
          lastmod: text(url, null, "lastmod"),
          alternates: Object.fromEntries(
            [...url.getElementsByTagNameNS(XHTML, "link")].map((link) => [
              link.getAttribute("hreflang"),
              link.getAttribute("href"),
            ]),
          ),
          news: news
            ? {
                name: text(news, NEWS, "name") ?? "",
                language: text(news, NEWS, "language") ?? "",
                date: text(news, NEWS, "publication_date") ?? "",
                title: text(news, NEWS, "title") ?? "",
              }
            : null,
        };
      });
    },
    { xml, XHTML, NEWS },
  );
}

test("robots.txt names the sitemap index", async ({ request, baseURL }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${new URL("/sitemap.xml", baseURL).href}`);
});

async function publishedAt(
  request: APIRequestContext,
  path: string,
  baseURL: string,
): Promise<{ url: string; date: number }> {
  const html = await (await request.get(path)).text();
  const match = /"datePublished":"([^"]+)"/.exec(html);
  if (!match) throw new Error(`${path} declares no datePublished`);
  return { url: new URL(path, baseURL).href, date: new Date(match[1]!).getTime() };
}

test("the sitemap index lists a sitemap per locale and the news sitemap", async ({
  page,
  request,
  baseURL,
}) => {
  const sitemaps = await readUrlset(page, request, "/sitemap.xml");
  expect(sitemaps.map((entry) => entry.loc)).toEqual([
    new URL("/sitemaps/en-1.xml", baseURL).href,
    new URL("/sitemaps/ar-1.xml", baseURL).href,
    new URL("/news-sitemap.xml", baseURL).href,
  ]);
  for (const entry of sitemaps) expect(entry.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test("locale sitemaps list every published page with the same alternates as its HTML", async ({
  page,
  request,
  baseURL,
}) => {
  const english = await readUrlset(page, request, "/sitemaps/en-1.xml");
  const storyEntries = english.filter((entry) => entry.loc.includes("/en/story/"));
  expect(storyEntries).toHaveLength(stories.filter((story) => story.translations.en).length);
  for (const entry of english) expect(entry.lastmod, entry.loc).toMatch(/^\d{4}-\d{2}-\d{2}T/);

  const bilingual = english.find(
    (entry) => entry.loc === new URL(storyUrl(bilingualStory, "en"), baseURL).href,
  );
  await page.goto(storyUrl(bilingualStory, "en"));
  const htmlAlternates = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLLinkElement>('head link[rel="alternate"][hreflang]')].map((link) => [
        link.hreflang,
        link.href,
      ]),
    ),
  );
  expect(bilingual?.alternates).toEqual(htmlAlternates);

  const single = english.find(
    (entry) => entry.loc === new URL(storyUrl(englishOnlyStory, "en"), baseURL).href,
  );
  expect(Object.keys(single?.alternates ?? {}).sort()).toEqual(["en", "x-default"]);

  const arabic = await readUrlset(page, request, "/sitemaps/ar-1.xml");
  expect(arabic.some((entry) => entry.loc.includes("/en/"))).toBe(false);
  expect((await request.get("/sitemaps/ar-2.xml")).status()).toBe(404);
});

test("the news sitemap holds exactly the stories of the last 48 hours", async ({
  page,
  request,
  baseURL,
}) => {
  // The seed moves the demo timeline forward, so each story's own page
  // (its NewsArticle datePublished) says when it was published.
  const now = Date.now();
  const published = await Promise.all(
    stories.flatMap((story) =>
      (["en", "ar"] as const).flatMap((locale) =>
        story.translations[locale] ? [publishedAt(request, storyUrl(story, locale), baseURL!)] : [],
      ),
    ),
  );
  const expected = published
    .filter((entry) => now - entry.date <= 48 * 3600 * 1000)
    .map((entry) => entry.url);
  expect(expected.length).toBeGreaterThan(0);

  const entries = await readUrlset(page, request, "/news-sitemap.xml");
  expect(entries.map((entry) => entry.loc).sort()).toEqual(expected.sort());
  for (const entry of entries) {
    expect(entry.news?.language).toMatch(/^(en|ar)$/);
    expect(entry.news?.name).toBe(entry.news?.language === "ar" ? "أخبار المشرق" : "Levant Times");
    expect(now - new Date(entry.news!.date).getTime()).toBeLessThanOrEqual(48 * 3600 * 1000);
    expect(entry.news?.title.length).toBeGreaterThan(0);
  }
});
