import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { htmlErrors } from "./support/validate-html";
import { sitemapSchemaErrors, type SitemapKind } from "./support/validate-xml";
import { SCHEMA_ORG_TYPES } from "@/lib/stories/story-kinds";

// A search engine's visit: start at `/`, follow every internal link, then
// check what was found against itself, the sitemaps and the feeds.

interface CrawledPage {
  url: string;
  lang: string;
  robots: string;
  canonical: string | null;
  alternates: Record<string, string>;
  jsonLd: string[];
  links: string[];
  /** The story's lead image (absolute), if it has one. */
  leadImage: string | null;
  html: string;
}

interface ParsedHtml {
  lang: string;
  robots: string;
  canonical: string | null;
  alternates: Record<string, string>;
  jsonLd: string[];
  links: string[];
  leadImage: string | null;
}

type JsonObject = Record<string, unknown>;

const NEWS_WINDOW = 48 * 3600 * 1000;
// The only redirect a reader meets by following links: `/` to a language.
const INTENDED_REDIRECTS = new Set(["/"]);

/** Parses HTML in the browser without loading or running anything from it. */
function parseHtml(page: Page, html: string, base: string): Promise<ParsedHtml> {
  return page.evaluate(
    ([source, baseUrl]) => {
      const doc = new DOMParser().parseFromString(source, "text/html");
      const absolute = (href: string) => new URL(href, baseUrl).href;
      const attr = (selector: string, name: string) =>
        [...doc.querySelectorAll(selector)].map((el) => el.getAttribute(name) ?? "").filter(Boolean);
      const alternates: Record<string, string> = {};
      for (const link of doc.querySelectorAll('head link[rel="alternate"][hreflang]')) {
        alternates[link.getAttribute("hreflang") ?? ""] = absolute(link.getAttribute("href") ?? "");
      }
      const canonical = doc.querySelector('head link[rel="canonical"]')?.getAttribute("href");
      const lead = doc.querySelector(".story__figure img")?.getAttribute("src");
      return {
        leadImage: lead ? absolute(lead) : null,
        lang: doc.documentElement.lang,
        robots: doc.querySelector('head meta[name="robots"]')?.getAttribute("content") ?? "",
        canonical: canonical ? absolute(canonical) : null,
        alternates,
        jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
          (s) => s.textContent ?? "",
        ),
        links: [
          ...attr("a[href]", "href"),
          ...attr("link[href]:not([rel=preconnect]):not([rel=dns-prefetch])", "href"),
          ...attr("img[src]", "src"),
          ...attr("script[src]", "src"),
        ].map(absolute),
      };
    },
    [html, base] as const,
  );
}

function parseXml(page: Page, xml: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    if (doc.getElementsByTagName("parsererror").length > 0) return null;
    const text = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent?.trim() ?? "";
    const NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    const XHTML = "http://www.w3.org/1999/xhtml";
    const IMAGE = "http://www.google.com/schemas/sitemap-image/1.1";
    return {
      root: doc.documentElement.localName,
      rssVersion: doc.documentElement.getAttribute("version"),
      locs: [...doc.getElementsByTagName("loc")].map((loc) => loc.textContent?.trim() ?? ""),
      urls: [...doc.getElementsByTagName("url")].map((url) => ({
        loc: text(url, "loc"),
        alternates: Object.fromEntries(
          [...url.getElementsByTagNameNS(XHTML, "link")].map((link) => [
            link.getAttribute("hreflang") ?? "",
            link.getAttribute("href") ?? "",
          ]),
        ),
        newsDate: url.getElementsByTagNameNS(NEWS, "publication_date")[0]?.textContent?.trim() ?? null,
        images: [...url.getElementsByTagNameNS(IMAGE, "loc")].map((loc) => loc.textContent?.trim() ?? ""),
      })),
      channel: doc.querySelector("channel")
        ? {
            language: text(doc.querySelector("channel")!, "language"),
            link: doc.querySelector("channel > link")?.textContent?.trim() ?? "",
            items: [...doc.querySelectorAll("channel > item")].map((item) => ({
              link: text(item, "link"),
              title: text(item, "title"),
              pubDate: text(item, "pubDate"),
            })),
          }
        : null,
    };
  }, xml);
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed.href;
}

async function fetchOnce(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0, headers: { "accept-language": "" } });
  return {
    status: response.status(),
    location: response.headers()["location"],
    type: response.headers()["content-type"] ?? "",
    body: await response.text(),
  };
}

/** Every type a story page's article may have, one per story kind. */
const ARTICLE_TYPES: string[] = Object.values(SCHEMA_ORG_TYPES);

function objectsOfType(blocks: string[], type: string): JsonObject[] {
  return blocks.map((block) => JSON.parse(block) as JsonObject).filter((data) => data["@type"] === type);
}

test("a crawler starting at / finds a complete, consistent, valid site", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const origin = new URL(baseURL!).origin;
  const pages = new Map<string, CrawledPage>();
  const xmlBodies = new Map<string, string>();
  const problems: string[] = [];
  const queue = [new URL("/", origin).href];
  const seen = new Set(queue);

  // 1. Follow every internal link.
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await fetchOnce(request, url);
    const path = new URL(url).pathname;
    let next: string[] = [];
    if (response.status >= 300 && response.status < 400 && INTENDED_REDIRECTS.has(path)) {
      next = [new URL(response.location!, url).href];
    } else if (response.status !== 200) {
      problems.push(`${url} answered ${response.status}`);
    } else if (response.type.includes("text/html")) {
      const parsed = await parseHtml(page, response.body, url);
      pages.set(url, { url, ...parsed, html: response.body });
      next = parsed.links;
    } else if (response.type.includes("xml")) {
      xmlBodies.set(url, response.body);
    }
    for (const link of next.map(withoutHash)) {
      if (new URL(link).origin !== origin || seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  expect(problems).toEqual([]);
  // Story pages themselves, not a live page's older updates or one entry's page.
  const storyPages = [...pages.values()].filter((p) => /\/story\/[^/]+$/.test(new URL(p.url).pathname));
  expect(pages.size).toBeGreaterThan(20);
  expect(storyPages.length).toBeGreaterThanOrEqual(24);

  // 2. Every page: canonical is itself; hreflang complete, self-referencing, reciprocal, with x-default.
  for (const crawled of pages.values()) {
    expect.soft(crawled.canonical, `canonical of ${crawled.url}`).toBe(crawled.url);
    expect.soft(crawled.alternates[crawled.lang], `self hreflang of ${crawled.url}`).toBe(crawled.url);
    expect.soft(crawled.alternates["x-default"], `x-default of ${crawled.url}`).toBeDefined();
    for (const [lang, href] of Object.entries(crawled.alternates)) {
      if (lang === "x-default") continue;
      expect.soft(["en", "ar"], `BCP 47 code on ${crawled.url}`).toContain(lang);
      const other = pages.get(href);
      expect.soft(other, `${href}, listed by ${crawled.url}, was crawled`).toBeDefined();
      expect.soft(other?.lang, `language of ${href}`).toBe(lang);
      expect
        .soft(other?.alternates, `alternates of ${href} match ${crawled.url}`)
        .toEqual(crawled.alternates);
    }
  }

  // 3. Structured data parses and carries what search engines require.
  const published = new Map<string, number>();
  const stillNews = new Map<string, number>();
  const sectionOf = new Map<string, string>();
  for (const story of storyPages) {
    // Each kind has its type (lib/stories/story-kinds.ts): NewsArticle and its
    // subtypes, LiveBlogPosting for live coverage; nothing else, and one article per page.
    const types = story.jsonLd.map((block) => String((JSON.parse(block) as JsonObject)["@type"]));
    const articleTypes = types.filter((type) => type !== "BreadcrumbList");
    expect.soft(articleTypes.length, `one article on ${story.url}`).toBe(1);
    for (const type of articleTypes) {
      expect.soft(ARTICLE_TYPES, `the @type of ${story.url}`).toContain(type);
    }
    const [article] = ARTICLE_TYPES.flatMap((type) => objectsOfType(story.jsonLd, type));
    expect.soft(article, `one of ${ARTICLE_TYPES.join(", ")} on ${story.url}`).toBeDefined();
    if (!article) continue;
    for (const field of [
      "headline",
      "image",
      "datePublished",
      "dateModified",
      "author",
      "publisher",
      "inLanguage",
    ]) {
      expect.soft(article[field], `${field} on ${story.url}`).toBeTruthy();
    }
    expect.soft(article["inLanguage"]).toBe(story.lang);
    const others = Object.keys(story.alternates).filter((l) => l !== "x-default" && l !== story.lang);
    const linked = [article["workTranslation"], article["translationOfWork"]].flat().filter(Boolean);
    expect.soft(linked.length > 0, `translations tied together on ${story.url}`).toBe(others.length > 0);
    published.set(story.url, new Date(String(article["datePublished"])).getTime());
    // A live page stays news while it is updated (its latest entry, in the news sitemap's lastmod).
    if (article["@type"] === "LiveBlogPosting") {
      stillNews.set(story.url, new Date(String(article["dateModified"])).getTime());
    }

    // Live coverage: its updates, each a BlogPosting whose page the crawl reached.
    if (article["@type"] === "LiveBlogPosting") {
      expect.soft(article["coverageStartTime"], `coverageStartTime on ${story.url}`).toBeTruthy();
      const updates = (article["liveBlogUpdate"] ?? []) as JsonObject[];
      expect.soft(updates.length, `liveBlogUpdate on ${story.url}`).toBeGreaterThan(0);
      for (const update of updates) {
        expect.soft(update["@type"]).toBe("BlogPosting");
        for (const field of ["headline", "datePublished", "articleBody", "url"]) {
          expect.soft(update[field], `${field} of an update on ${story.url}`).toBeTruthy();
        }
        expect.soft(pages.has(String(update["url"])), `${String(update["url"])} was crawled`).toBe(true);
      }
    }

    const [breadcrumbs] = objectsOfType(story.jsonLd, "BreadcrumbList");
    const items = (breadcrumbs?.["itemListElement"] ?? []) as JsonObject[];
    expect.soft(items.length, `breadcrumbs on ${story.url}`).toBeGreaterThanOrEqual(2);
    const section = items.find((item) => String(item["item"] ?? "").includes("/section/"));
    if (section) sectionOf.set(story.url, String(section["item"]));
  }
  expect(sectionOf.size).toBe(storyPages.length);

  // 4. Sitemaps: valid against the sitemaps.org schemas, and in agreement with the pages.
  const robots = await (await request.get("/robots.txt")).text();
  const indexUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1]?.trim();
  expect(indexUrl).toBe(new URL("/sitemap.xml", origin).href);
  const fetchXml = async (url: string, kind: SitemapKind) => {
    const body = await (await request.get(url)).text();
    expect.soft(await sitemapSchemaErrors(kind, body, new URL(url).pathname.slice(1)), url).toEqual([]);
    const parsed = await parseXml(page, body);
    expect(parsed?.root).toBe(kind);
    return parsed!;
  };
  const index = await fetchXml(indexUrl!, "sitemapindex");
  const listed = new Map<string, Record<string, string>>();
  let newsUrls: string[] = [];
  const imagesListed = new Map<string, string[]>();
  for (const sitemap of index.locs) {
    const urlset = await fetchXml(sitemap, "urlset");
    if (sitemap.includes("news")) {
      newsUrls = urlset.urls.map((url) => url.loc);
      continue;
    }
    for (const url of urlset.urls) {
      listed.set(url.loc, url.alternates);
      imagesListed.set(url.loc, url.images);
    }
  }
  for (const [loc, alternates] of listed) {
    expect.soft(pages.get(loc), `${loc} from a sitemap was crawled`).toBeDefined();
    expect.soft(alternates, `sitemap alternates of ${loc}`).toEqual(pages.get(loc)?.alternates);
    // image:image names exactly the lead image the page shows, and it answers as an image.
    const lead = pages.get(loc)?.leadImage;
    expect.soft(imagesListed.get(loc), `sitemap images of ${loc}`).toEqual(lead ? [lead] : []);
  }
  const sitemapImages = new Set([...imagesListed.values()].flat());
  expect(sitemapImages.size, "stories with lead images list them in the sitemaps").toBeGreaterThan(0);
  for (const image of sitemapImages) {
    const response = await request.get(image);
    expect.soft(response.status(), image).toBe(200);
    expect.soft(response.headers()["content-type"], image).toMatch(/^image\//);
  }
  for (const crawled of pages.values()) {
    if (crawled.url.includes("/page/")) continue; // later pages of a list are not in the sitemaps
    // Nor pages kept out of the index (a live page's older updates, one entry's page).
    const indexed = !crawled.robots.includes("noindex");
    expect.soft(listed.has(crawled.url), `${crawled.url} is in a sitemap: ${indexed}`).toBe(indexed);
  }

  // 5. The news sitemap holds exactly the stories of the last 48 hours.
  const now = Date.now();
  const recent = [...published]
    .filter(([url, time]) => now - Math.max(time, stillNews.get(url) ?? 0) <= NEWS_WINDOW)
    .map(([url]) => url);
  expect(recent.length).toBeGreaterThan(0);
  expect(newsUrls.sort()).toEqual(recent.sort());

  // 6. Feeds (found by autodiscovery while crawling) parse and match the published stories.
  const feeds = [...xmlBodies].filter(([url]) => url.endsWith("/feed.xml"));
  expect(feeds.length).toBeGreaterThanOrEqual(2 + 2 * 3);
  for (const [url, body] of feeds) {
    const feed = await parseXml(page, body);
    expect(feed, `${url} parses`).not.toBeNull();
    expect.soft(feed?.rssVersion, url).toBe("2.0");
    const channel = feed!.channel!;
    const locale = new URL(url).pathname.split("/")[1]!;
    expect.soft(channel.language, `language of ${url}`).toBe(locale);
    // A live page's own feed: its entries, each linking to its permalink, which the crawl reached.
    if (/\/story\/[^/]+\/feed\.xml$/.test(new URL(url).pathname)) {
      expect.soft(channel.items.length, `items of ${url}`).toBeGreaterThan(0);
      for (const item of channel.items) {
        expect.soft(item.link, `item link in ${url}`).toMatch(/\/entry\/\d+$/);
        expect.soft(pages.get(item.link)?.lang, `${item.link} from ${url} was crawled`).toBe(locale);
        expect.soft(item.title.length, `title in ${url}`).toBeGreaterThan(0);
      }
      continue;
    }
    const isSectionFeed = url.includes("/section/");
    // A topic's feed holds the stories whose pages link that topic.
    const isTopicFeed = url.includes("/tags/");
    const expected = storyPages
      .filter((story) => story.lang === locale)
      .filter((story) => !isSectionFeed || sectionOf.get(story.url) === channel.link)
      .filter((story) => !isTopicFeed || story.links.includes(channel.link))
      .map((story) => story.url);
    expect.soft(channel.items.map((item) => item.link).sort(), `items of ${url}`).toEqual(expected.sort());
    for (const item of channel.items) {
      expect.soft(item.title.length, `title in ${url}`).toBeGreaterThan(0);
      // RFC 822 dates carry whole seconds.
      const seconds = (time: number | undefined) => Math.floor((time ?? NaN) / 1000);
      expect
        .soft(seconds(new Date(item.pubDate).getTime()), `pubDate in ${url}`)
        .toBe(seconds(published.get(item.link)));
    }
  }

  // 7. Every page is valid HTML according to the W3C Nu checker.
  const errors = await htmlErrors(new Map([...pages].map(([url, crawled]) => [url, crawled.html])));
  expect(errors).toEqual([]);
});
