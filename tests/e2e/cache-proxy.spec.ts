import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { bilingualStory, demoStory, storyUrl } from "./demo-stories";
import { publishSavedDraft, signIn } from "./newsroom-helpers";
import { proxySecret, startCacheProxy, type CacheProxy } from "./support/cache-proxy";
import { waitForUsableToken } from "./support/comment-token";
import { demoStoryId } from "./support/demo-story-id";
import { E2E_METRICS_TOKEN } from "./support/e2e-server";
import { readRenders } from "./support/render-counts";
import { reportComment } from "./support/report-comment";

// A bilingual story of its own, without former slugs: edited, renamed,
// unpublished and commented on here.
const story = demoStory("startup-funding");
const english = story.translations.en!;

let proxy: CacheProxy;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  proxy = await startCacheProxy();
});
test.afterAll(async () => {
  await proxy?.stop();
});

async function throughProxy(request: APIRequestContext, path: string) {
  const response = await request.get(`${proxy.url}${path}`, { maxRedirects: 0 });
  return { status: response.status(), cache: response.headers()["x-cache"], text: await response.text() };
}

async function editor(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "editor");
  return { page, storyId: await demoStoryId(story), close: () => context.close() };
}

test("a warm story is served from the proxy's cache: the app sees no request", async ({ request }) => {
  const path = storyUrl(story, "ar");
  await throughProxy(request, path);
  const before = proxy.appRequests();
  for (let i = 0; i < 20; i++) {
    const answer = await throughProxy(request, path);
    expect(answer.status).toBe(200);
    expect(answer.cache).toBe("HIT");
  }
  expect(proxy.appRequests()).toBe(before);
});

test("pages carry their keys for the CDN in front and for nobody asking the app directly, and other caches may keep them a minute only", async ({
  request,
}) => {
  const direct = (await request.get(storyUrl(story, "en"))).headers();
  for (const name of ["xkey", "surrogate-key", "cache-tag", "surrogate-control"]) {
    expect(direct[name], name).toBeUndefined();
  }
  const response = await request.get(`${proxy.url}${storyUrl(story, "en")}`);
  const headers = response.headers();
  expect(headers["xkey"]).toBeUndefined();
  expect(headers["surrogate-control"]).toBeUndefined();
  expect(headers["surrogate-key"]?.split(" ")).toEqual(
    expect.arrayContaining(["site", "sections", `slug:en:${encodeURIComponent(english.slug)}`]),
  );
  expect(headers["surrogate-key"]).toMatch(/(^| )story:\d+( |$)/);
  expect(headers["cache-tag"]).toBe(headers["surrogate-key"]!.replaceAll(" ", ","));
  expect(headers["cache-control"]).toMatch(/(^|[ ,])max-age=0\b/);
  expect(headers["cache-control"]).toMatch(/s-maxage=60\b/);
});

test("a reader whose languages include none of ours does not knock a page out of the proxy", async ({
  request,
}) => {
  // A page nobody has asked for yet, fetched first for a French browser.
  const path = "/en/section/business";
  const french = await request.get(`${proxy.url}${path}`, {
    headers: { "accept-language": "fr-FR,fr;q=0.9" },
  });
  expect(french.status()).toBe(200);
  expect(french.headers()["set-cookie"]).toBeUndefined();
  expect((await throughProxy(request, path)).cache).toBe("HIT");
});

test("a purge from anyone but the app is refused", async ({ request }) => {
  const path = storyUrl(story, "en");
  await throughProxy(request, path);
  const attempts: Record<string, string>[] = [
    { "xkey-purge": "site" },
    { "xkey-purge": "site", "x-cache-proxy-secret": `${proxySecret}-guessed` },
  ];
  for (const headers of attempts) {
    const response = await request.fetch(`${proxy.url}/`, { method: "PURGE", headers });
    expect(response.status()).toBe(403);
  }
  expect((await throughProxy(request, path)).cache).toBe("HIT");
});

test("the instances' metrics are never served through the proxy, not even with the token, nor a reader's request id", async ({
  request,
}) => {
  for (const path of ["/metrics", "/metrics?x=1"]) {
    for (const headers of [{}, { authorization: `Bearer ${E2E_METRICS_TOKEN}` }] as Record<
      string,
      string
    >[]) {
      const response = await request.get(`${proxy.url}${path}`, { headers });
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain("news_http_request_duration_seconds");
    }
  }
  // Nor can a reader name the request in the app's log (the proxy drops the id: cache-poisoning.spec.ts).
  const named = await request.get(`${proxy.url}/en/newsroom/sign-in`, {
    headers: { "x-request-id": "chosen-by-a-reader" },
  });
  expect(named.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // The instance itself answers a scraper that has the token.
  const direct = await request.get("/metrics", { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
  expect(await direct.text()).toContain("news_http_request_duration_seconds");
});

test("edits reach readers through the proxy without holding them up; withdrawals at once", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const path = storyUrl(story, "en");
  const home = "/en";
  const eventually = (url: string) => expect.poll(async () => (await throughProxy(request, url)).text);
  for (const warm of [path, home, path, home]) await throughProxy(request, warm);
  expect((await throughProxy(request, path)).cache).toBe("HIT");

  const newsroom = await editor(browser);
  const headline = `${english.headline} (updated)`;
  await newsroom.page.goto(`/en/newsroom/stories/${newsroom.storyId}/en`);
  await newsroom.page.locator("#headline").fill(headline);
  await newsroom.page.locator(".editor__form button[type=submit]").click();
  await expect(newsroom.page.locator(".form-notice")).toBeVisible();
  await publishSavedDraft(newsroom.page);
  // Soft purge: the next reader is answered at once from the proxy, while
  // one background fetch renders the new page; the readers after it get that.
  expect((await throughProxy(request, path)).cache).toBe("HIT");
  await eventually(path).toContain(headline);
  await eventually(home).toContain(headline);

  // A reader's comment, posted on the app, is on the proxied page next.
  const reader = await browser.newPage();
  await reader.goto(path);
  await reader.locator("#comment-name").fill("Proxy reader");
  await reader.locator("#comment-body").fill("Seen through the caching proxy.");
  await waitForUsableToken(reader);
  await reader.locator(".comment-form button[type=submit]").click();
  await expect(reader.locator(".form-notice")).toBeVisible();
  await eventually(path).toContain("Seen through the caching proxy.");

  // Reported, then hidden by the editor: gone from the proxied page next.
  await reportComment(
    reader.locator(".comment", { hasText: "Seen through the caching proxy." }),
    "Spam or advertising",
  );
  await expect(reader.locator("h1")).toHaveText("Thanks: the editors will look at this comment.");
  await reader.close();
  await newsroom.page.goto("/en/newsroom/comments");
  await newsroom.page
    .locator(".moderation-queue li", { hasText: "Seen through the caching proxy." })
    .getByRole("button", { name: "Hide" })
    .click();
  await expect(newsroom.page.locator(".form-notice")).toHaveText("Comment hidden.");
  await eventually(path).not.toContain("Seen through the caching proxy.");

  // A new slug: the old address redirects on the very next read (a retired
  // slug is hard-purged), the new one serves the story.
  const newSlug = `${english.slug}-renamed`;
  await newsroom.page.goto(`/en/newsroom/stories/${newsroom.storyId}/en`);
  await newsroom.page.locator("#slug").fill(newSlug);
  await newsroom.page.locator(".editor__form button[type=submit]").click();
  await expect(newsroom.page.locator(".form-notice")).toBeVisible();
  await publishSavedDraft(newsroom.page);
  const old = await throughProxy(request, path);
  expect(old.status).toBe(308);
  const renamed = `/en/story/${encodeURIComponent(newSlug)}`;
  expect((await throughProxy(request, renamed)).text).toContain(headline);
  expect((await throughProxy(request, renamed)).cache).toBe("HIT");

  // A correction note: on the proxied page and in the proxied feed.
  const note = "An earlier version misstated the size of the funding round.";
  await throughProxy(request, "/en/feed.xml");
  expect((await throughProxy(request, "/en/feed.xml")).cache).toBe("HIT");
  await newsroom.page.goto(`/en/newsroom/stories/${newsroom.storyId}`);
  const notes = newsroom.page.locator('.corrections[data-locale="en"]');
  await notes.locator("textarea").fill(note);
  await notes.getByRole("button", { name: "Add the note" }).click();
  await expect(newsroom.page.locator(".form-notice")).toContainText("Note added");
  await eventually(renamed).toContain(note);
  await eventually("/en/feed.xml").toContain(note);

  // Unpublished (hard purge): a 404 on the very next read, and the
  // headline on no list, from the first read on.
  await newsroom.page.goto(`/en/newsroom/stories/${newsroom.storyId}`);
  await newsroom.page.locator('tr[data-locale="en"]').getByRole("button", { name: "Unpublish" }).click();
  await newsroom.page.getByRole("button", { name: "Yes, unpublish" }).click();
  await expect(newsroom.page.locator(".form-notice")).toContainText("Unpublished");
  expect((await throughProxy(request, renamed)).status).toBe(404);
  expect((await throughProxy(request, home)).text).not.toContain(headline);
  // The 404 is kept too: readers of a hot story just withdrawn do not all reach the app.
  await expect.poll(async () => (await throughProxy(request, renamed)).cache).toBe("HIT");
  const appBefore = proxy.appRequests();
  for (let i = 0; i < 5; i++)
    expect(await throughProxy(request, renamed)).toMatchObject({ status: 404, cache: "HIT" });
  expect(proxy.appRequests()).toBe(appBefore);

  // Published again, for the specs that follow.
  await newsroom.page.locator('tr[data-locale="en"]').getByRole("button", { name: "Publish" }).click();
  await expect(newsroom.page.locator(".form-notice")).toContainText("Published");
  await expect.poll(async () => (await throughProxy(request, renamed)).status).toBe(200);
  // Its old slug and headline back, as the feeds and sitemaps specs expect.
  await newsroom.page.goto(`/en/newsroom/stories/${newsroom.storyId}/en`);
  await newsroom.page.locator("#headline").fill(english.headline);
  await newsroom.page.locator("#slug").fill(english.slug);
  await newsroom.page.locator(".editor__form button[type=submit]").click();
  await expect(newsroom.page.locator(".form-notice")).toBeVisible();
  await publishSavedDraft(newsroom.page);
  await eventually(path).toContain(english.headline);
  await newsroom.close();
});

test("a comment re-renders its story's comments fragment, never the story, and readers with or without JavaScript see it", async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const path = storyUrl(story, "ar");
  const body = "تعليق يصل عبر الوسيط دون أن يُعاد رسم الخبر.";
  for (let i = 0; i < 2; i++) await throughProxy(request, path);
  expect((await throughProxy(request, path)).cache).toBe("HIT");
  // The proxied page is assembled: no ESI markup reaches a reader.
  expect((await throughProxy(request, path)).text).not.toMatch(/<esi:|<!--esi/);

  const poster = await browser.newPage();
  await poster.goto(path);
  await poster.locator("#comment-name").fill("قارئة");
  await poster.locator("#comment-body").fill(body);
  await waitForUsableToken(poster);
  const before = await readRenders();
  await poster.locator(".comment-form button[type=submit]").click();
  await expect(poster.locator(".form-notice")).toBeVisible();
  await expect(poster.locator(".comment", { hasText: body })).toBeVisible();
  await poster.close();

  await expect.poll(async () => (await throughProxy(request, path)).text).toContain(body);
  // The fragment is cached like any page: a second read of it is the proxy's.
  const fragment = `/ar/fragments/comments/${await demoStoryId(story)}`;
  await throughProxy(request, fragment);
  expect(await throughProxy(request, fragment)).toMatchObject({ status: 200, cache: "HIT" });
  const after = await readRenders();
  expect(after.story ?? 0).toBe(before.story ?? 0);
  expect(after["comments-fragment"] ?? 0).toBeGreaterThan(before["comments-fragment"] ?? 0);
  expect((await throughProxy(request, path)).cache).toBe("HIT");

  // The story's own copy of the comments is older than the fragment the
  // proxy includes: without JavaScript, and with it once the page has
  // hydrated, readers see the newer one.
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${proxy.url}${path}`);
    await page.waitForLoadState("networkidle");
    await expect(
      page.locator(".comment", { hasText: body }),
      `JavaScript ${javaScriptEnabled}`,
    ).toBeVisible();
    await expect(page.locator("#comments-title")).toBeVisible();
    await context.close();
  }
});

test("an unpublished page is never served again, not even from grace while the app is sick", async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const arabic = story.translations.ar!;
  const path = storyUrl(story, "ar");
  const home = "/ar";
  for (const warm of [path, home, path, home]) await throughProxy(request, warm);
  const newsroom = await editor(browser);
  // An edit first, so the page waits in the proxy's grace (soft purge), as
  // a withdrawal soon after an update finds it.
  await newsroom.page.goto(`/en/newsroom/stories/${newsroom.storyId}`);
  const notes = newsroom.page.locator('.corrections[data-locale="ar"]');
  await notes.locator("textarea").fill("صُحّح رقم التمويل الوارد في الفقرة الثانية.");
  await notes.getByRole("button", { name: "Add the note" }).click();
  await expect(newsroom.page.locator(".form-notice")).toContainText("Note added");

  await newsroom.page.locator('tr[data-locale="ar"]').getByRole("button", { name: "Unpublish" }).click();
  await newsroom.page.getByRole("button", { name: "Yes, unpublish" }).click();
  await expect(newsroom.page.locator(".form-notice")).toContainText("Unpublished");
  expect((await throughProxy(request, path)).status).toBe(404);
  expect((await throughProxy(request, home)).text).not.toContain(arabic.headline);

  await proxy.stopApp();
  try {
    // Sick once the probe has failed: a page never cached answers 503.
    await expect.poll(async () => (await throughProxy(request, "/ar/section/never-cached")).status).toBe(503);
    for (let i = 0; i < 5; i++) {
      expect([404, 503]).toContain((await throughProxy(request, path)).status);
      expect((await throughProxy(request, home)).text).not.toContain(arabic.headline);
    }
  } finally {
    await proxy.resumeApp();
  }
  await expect
    .poll(async () => (await throughProxy(request, "/ar/section/never-cached-2")).status)
    .not.toBe(503);
  await newsroom.page.goto(`/en/newsroom/stories/${newsroom.storyId}`);
  await newsroom.page.locator('tr[data-locale="ar"]').getByRole("button", { name: "Publish" }).click();
  await expect(newsroom.page.locator(".form-notice")).toContainText("Published");
  await expect.poll(async () => (await throughProxy(request, path)).status).toBe(200);
  await newsroom.close();
});

test("with the app down, cached pages are still served and the rest is a 503", async ({ request }) => {
  const path = storyUrl(bilingualStory, "en");
  await throughProxy(request, path);
  expect((await throughProxy(request, path)).cache).toBe("HIT");
  await proxy.stopApp();
  const cached = await throughProxy(request, path);
  expect(cached.status).toBe(200);
  expect(cached.text).toContain(bilingualStory.translations.en!.headline);
  expect((await throughProxy(request, "/en/section/never-cached-here")).status).toBe(503);
});
