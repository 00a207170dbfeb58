import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { bilingualStory, demoStory, storyUrl } from "./demo-stories";
import { publishSavedDraft, signIn } from "./newsroom-helpers";
import { proxySecret, startCacheProxy, type CacheProxy } from "./support/cache-proxy";
import { waitForUsableToken } from "./support/comment-token";
import { demoStoryId } from "./support/demo-story-id";
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

test("an edit, a comment, its moderation, a slug change, a correction and an unpublish reach readers through the proxy at once", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const path = storyUrl(story, "en");
  const home = "/en";
  for (const warm of [path, home, path, home]) await throughProxy(request, warm);
  expect((await throughProxy(request, path)).cache).toBe("HIT");

  const newsroom = await editor(browser);
  const headline = `${english.headline} (updated)`;
  await newsroom.page.goto(`/en/newsroom/stories/${newsroom.storyId}/en`);
  await newsroom.page.locator("#headline").fill(headline);
  await newsroom.page.locator(".editor__form button[type=submit]").click();
  await expect(newsroom.page.locator(".form-notice")).toBeVisible();
  await publishSavedDraft(newsroom.page);
  // The purge happened in the editor's request: the very next read is fresh.
  const edited = await throughProxy(request, path);
  expect(edited.cache).toBe("MISS");
  expect(edited.text).toContain(headline);
  expect((await throughProxy(request, home)).text).toContain(headline);

  // A reader's comment, posted on the app, is on the proxied page next.
  const reader = await browser.newPage();
  await reader.goto(path);
  await reader.locator("#comment-name").fill("Proxy reader");
  await reader.locator("#comment-body").fill("Seen through the caching proxy.");
  await waitForUsableToken(reader);
  await reader.locator(".comment-form button[type=submit]").click();
  await expect(reader.locator(".form-notice")).toBeVisible();
  expect((await throughProxy(request, path)).text).toContain("Seen through the caching proxy.");

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
  expect((await throughProxy(request, path)).text).not.toContain("Seen through the caching proxy.");

  // A new slug: the new address serves the story, the old one redirects.
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

  // A correction note: on the proxied page and in the proxied feed at once.
  const note = "An earlier version misstated the size of the funding round.";
  await throughProxy(request, "/en/feed.xml");
  expect((await throughProxy(request, "/en/feed.xml")).cache).toBe("HIT");
  await newsroom.page.goto(`/en/newsroom/stories/${newsroom.storyId}`);
  const notes = newsroom.page.locator('.corrections[data-locale="en"]');
  await notes.locator("textarea").fill(note);
  await notes.getByRole("button", { name: "Add the note" }).click();
  await expect(newsroom.page.locator(".form-notice")).toContainText("Note added");
  expect((await throughProxy(request, renamed)).text).toContain(note);
  expect((await throughProxy(request, "/en/feed.xml")).text).toContain(note);

  // Unpublished: a 404 on the next read, and the story is in no cached page.
  await newsroom.page.goto(`/en/newsroom/stories/${newsroom.storyId}`);
  await newsroom.page.locator('tr[data-locale="en"]').getByRole("button", { name: "Unpublish" }).click();
  await newsroom.page.getByRole("button", { name: "Yes, unpublish" }).click();
  await expect(newsroom.page.locator(".form-notice")).toContainText("Unpublished");
  expect((await throughProxy(request, renamed)).status).toBe(404);
  expect((await throughProxy(request, home)).text).not.toContain(headline);

  // Published again, for the specs that follow.
  await newsroom.page.locator('tr[data-locale="en"]').getByRole("button", { name: "Publish" }).click();
  await expect(newsroom.page.locator(".form-notice")).toContainText("Published");
  expect((await throughProxy(request, renamed)).status).toBe(200);
  // Its old slug and headline back, as the feeds and sitemaps specs expect.
  await newsroom.page.goto(`/en/newsroom/stories/${newsroom.storyId}/en`);
  await newsroom.page.locator("#headline").fill(english.headline);
  await newsroom.page.locator("#slug").fill(english.slug);
  await newsroom.page.locator(".editor__form button[type=submit]").click();
  await expect(newsroom.page.locator(".form-notice")).toBeVisible();
  await publishSavedDraft(newsroom.page);
  expect((await throughProxy(request, path)).text).toContain(english.headline);
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
