import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { sections } from "@/prisma/content/sections";
import { stories } from "@/prisma/content/stories/index";
import { bilingualStory, storyUrl } from "./demo-stories";

interface Channel {
  language: string | null;
  link: string | null;
  items: { title: string; link: string }[];
}

// The browser's XML parser rejects malformed feeds.
async function readFeed(page: Page, request: APIRequestContext, path: string): Promise<Channel> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toContain("rss+xml");
  const xml = await response.text();
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror") || doc.documentElement.nodeName !== "rss")
      throw new Error("not RSS");
    const channel = doc.querySelector("channel")!;
    return {
      language: channel.querySelector(":scope > language")?.textContent ?? null,
      link: channel.querySelector(":scope > link")?.textContent ?? null,
      items: [...channel.querySelectorAll("item")].map((item) => ({
        title: item.querySelector("title")?.textContent ?? "",
        link: item.querySelector("link")?.textContent ?? "",
      })),
    };
  }, xml);
}

test("each language has a feed of its published stories, newest first, with absolute links", async ({
  page,
  request,
  baseURL,
}) => {
  for (const locale of ["en", "ar"] as const) {
    const feed = await readFeed(page, request, `/${locale}/feed.xml`);
    expect(feed.language).toBe(locale);
    expect(feed.link).toBe(new URL(`/${locale}`, baseURL).href);
    const published = stories
      .filter((story) => story.translations[locale])
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
    expect(feed.items.map((item) => item.link)).toEqual(
      published.map((story) => new URL(storyUrl(story, locale), baseURL).href),
    );
    expect(feed.items.map((item) => item.title)).toEqual(
      published.map((story) => story.translations[locale]!.headline),
    );
  }
});

test("each section has a feed in each language", async ({ page, request, baseURL }) => {
  const section = sections.find((s) => s.key === bilingualStory.section)!;
  const feed = await readFeed(page, request, `/ar/section/${encodeURIComponent(section.slugs.ar)}/feed.xml`);
  expect(feed.language).toBe("ar");
  const expected = stories.filter((story) => story.section === section.key && story.translations.ar);
  expect(feed.items.map((item) => item.link).sort()).toEqual(
    expected.map((story) => new URL(storyUrl(story, "ar"), baseURL).href).sort(),
  );
  expect((await request.get("/en/section/no-such-section/feed.xml")).status()).toBe(404);
});

test("pages advertise their feeds for autodiscovery", async ({ page, baseURL }) => {
  const section = sections.find((s) => s.key === bilingualStory.section)!;
  await page.goto(storyUrl(bilingualStory, "en"));
  const feeds = await page
    .locator('head link[rel="alternate"][type="application/rss+xml"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(feeds).toEqual([
    new URL("/en/feed.xml", baseURL).href,
    new URL(`/en/section/${section.slugs.en}/feed.xml`, baseURL).href,
  ]);
});
