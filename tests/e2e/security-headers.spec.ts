import { request as httpRequest } from "node:http";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { bilingualStory, storyUrl } from "./demo-stories";
import { signIn } from "./newsroom-helpers";
import { waitForUsableToken } from "./support/comment-token";
import { demoStoryId } from "./support/demo-story-id";

const storyPath = storyUrl(bilingualStory, "en");
const staleActionId = "7f".repeat(21);

function expectBaseHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], label).toContain("camera=()");
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of [
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp, label).toContain(directive);
  }
  // The e2e server is reached over plain HTTP and trusts no proxy.
  expect(headers["strict-transport-security"], label).toBeUndefined();
}

/** Collects the page's CSP violations from its first script on; returns a reader of them. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const record = window as unknown as { __violations: string[] };
    record.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      record.__violations.push(event.violatedDirective),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** Serves the pages matching `url` with an inline script added, as an injection would. */
async function injectInlineScript(page: Page, url: string): Promise<void> {
  await page.route(url, async (route) => {
    const original = await route.fetch();
    const html = (await original.text()).replace("</body>", "<script>window.__injected = 1</script></body>");
    await route.fulfill({ response: original, body: html });
  });
}

function injectedScriptRan(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __injected?: number }).__injected !== undefined);
}

/** A raw request, for what Playwright's client will not send (a lying or chunked body). */
function rawPost(
  baseURL: string,
  path: string,
  headers: Record<string, string>,
  chunks: Buffer[],
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseURL), { method: "POST", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

test.describe("security headers on every kind of page", () => {
  test("reading pages, feeds, sitemaps, robots, media, API and 404 carry them", async ({ request }) => {
    const paths = [
      "/en",
      "/ar/section/lebanon",
      storyPath,
      `${storyPath}/comments/2`,
      "/en/feed.xml",
      "/sitemap.xml",
      "/robots.txt",
      `/media/${"0".repeat(64)}`,
      "/api/comments/vote",
      "/en/story/no-such-story",
      "/en/newsroom/sign-in",
    ];
    for (const path of paths) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
      expectBaseHeaders(response, path);
    }
  });

  test("a newsroom page gets a fresh nonce with strict-dynamic and no unsafe-inline scripts", async ({
    request,
  }) => {
    const policies = [];
    for (let i = 0; i < 2; i++) {
      const response = await request.get("/en/newsroom/sign-in");
      const csp = response.headers()["content-security-policy"] ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      expect(csp).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(await response.text()).toContain(`nonce="${nonce}"`);
      policies.push(csp);
    }
    expect(policies[0]).not.toBe(policies[1]);
  });

  test("signed-in newsroom and preview pages work under their CSP, and an injected script is blocked", async ({
    page,
  }) => {
    const violations = await recordViolations(page);
    await signIn(page, "editor");
    const storyId = await demoStoryId(bilingualStory);
    for (const path of [
      `/en/newsroom/stories/${storyId}`,
      "/en/newsroom/coverage",
      `/en/preview/${storyId}`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()["content-security-policy"], path).toContain("'strict-dynamic'");
      expect(await violations()).toEqual([]);
    }

    await injectInlineScript(page, "**/en/newsroom");
    await page.goto("/en/newsroom");
    await expect.poll(violations).toContain("script-src-elem");
    expect(await injectedScriptRan(page)).toBe(false);
  });
});

test.describe("reading pages: cacheable, and only their own inline scripts run", () => {
  test("each page names the hashes of its inline scripts, runs them all, and blocks an injected one", async ({
    page,
  }) => {
    const violations = await recordViolations(page);
    for (const path of [
      "/en",
      "/ar",
      `/ar/section/${encodeURIComponent("لبنان")}`,
      "/en/section/culture",
      storyPath,
      storyUrl(bilingualStory, "ar"),
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const csp = response?.headers()["content-security-policy"] ?? "";
      const scripts = csp.split(";")[0] ?? "";
      expect(scripts, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
      expect(csp, path).not.toContain("unsafe-inline'; object");
      expect(scripts, path).not.toContain("unsafe-inline");
      // Cacheable as before: the hashes travel with the very bytes they describe.
      expect(response?.headers()["cache-control"], path).toContain("s-maxage");
      expect(await violations(), path).toEqual([]);
    }
    // The story's comment form is a client component: it hydrates and fetches its token.
    await page.goto(storyPath);
    const token = page.waitForResponse((response) => response.url().includes("/api/comments/form-token"));
    await page.locator("textarea[name=body]").focus();
    expect((await token).status()).toBe(200);
    expect(await violations()).toEqual([]);

    await injectInlineScript(page, `**${storyPath}`);
    await page.goto(storyPath);
    await expect.poll(violations).toContain("script-src-elem");
    expect(await injectedScriptRan(page)).toBe(false);
  });
});

test.describe("requests refused before the site reads them", () => {
  test("a body over the route's limit is a localized 413, by Content-Length and when chunked", async ({
    baseURL,
  }) => {
    // Declared sizes: refused from the header alone, before the body is read.
    const storyId = await demoStoryId(bilingualStory);
    for (const [path, headers] of [
      ["/api/comments/vote", {}],
      // A Server Action of 50 MB posted to a newsroom page (a JS-driven post).
      [`/en/newsroom/stories/${storyId}/ar`, { "next-action": "7f".repeat(21) }],
    ] as const) {
      const declared = await rawPost(
        baseURL!,
        path,
        {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": String(path.startsWith("/api") ? 200 * 1024 * 1024 : 50 * 1024 * 1024),
          ...headers,
        },
        [Buffer.from("choice=up")],
      );
      expect(declared.status, path).toBe(413);
      expect(declared.body, path).toContain("Too much was sent");
    }

    const chunked = await rawPost(
      baseURL!,
      "/ar/story/any",
      { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" },
      Array.from({ length: 8 }, () => Buffer.alloc(8 * 1024, "a")),
    );
    expect(chunked.status).toBe(413);
    expect(chunked.headers["connection"]).toBe("close");
    expect(chunked.body).toContain('dir="rtl"');
    expect(chunked.body).toContain("كبير جدًا");
  });

  test("a vote body past its few kilobytes is refused without touching the vote", async ({ request }) => {
    const response = await request.post("/api/comments/vote", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: `choice=up&pad=${"a".repeat(64 * 1024)}`,
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain("Too much was sent");
  });

  test("a post from another site is a localized 403, for a Server Action and for a vote", async ({
    request,
  }) => {
    const action = await request.post(storyPath, {
      headers: { origin: "https://evil.example", "next-action": staleActionId, "content-type": "text/plain" },
      data: "[]",
    });
    expect(action.status()).toBe(403);
    expect(await action.text()).toContain("Request refused");

    const vote = await request.post("/api/comments/vote", {
      headers: { origin: "https://evil.example", "accept-language": "ar" },
      form: { choice: "up" },
    });
    expect(vote.status()).toBe(403);
    expect(await vote.text()).toContain("رُفض الطلب");
  });

  test("a same-origin vote is accepted at 127.0.0.1 as at localhost", async ({
    playwright,
    baseURL,
    request,
  }) => {
    const html = await (await request.get(storyPath)).text();
    const storyId = /name="storyId" value="(\d+)"/.exec(html)?.[1];
    expect(storyId).toBeTruthy();
    const slug = bilingualStory.translations.en!.slug;
    const form = { locale: "en", storyId: storyId!, slug, commentId: "999999", choice: "up" };
    for (const origin of [baseURL!, baseURL!.replace("localhost", "127.0.0.1")]) {
      const context = await playwright.request.newContext({ baseURL: origin });
      const response = await context.post("/api/comments/vote", {
        headers: { origin },
        form,
        maxRedirects: 0,
      });
      expect(response.status(), origin).toBe(303);
      await context.dispose();
    }
  });

  test("a text/plain vote is a localized 415, never a 500", async ({ request, baseURL }) => {
    const response = await request.post("/api/comments/vote", {
      headers: { origin: baseURL!, "content-type": "text/plain", "accept-language": "ar" },
      data: "choice=up",
    });
    expect(response.status()).toBe(415);
    expect(await response.text()).toContain("تعذّرت قراءة الطلب");
  });

  test("a form posted by an earlier deploy gets a localized 'page was updated' page", async ({
    request,
    baseURL,
  }) => {
    for (const [path, words] of [
      [storyPath, "This page was updated"],
      [storyUrl(bilingualStory, "ar"), "حُدّثت هذه الصفحة"],
    ] as const) {
      const response = await request.post(path, {
        headers: { origin: baseURL! },
        multipart: { [`$ACTION_ID_${staleActionId}`]: "", body: "What I typed" },
      });
      expect(response.status(), path).toBe(409);
      expect(response.headers()["content-type"]).toContain("text/html");
      expect(await response.text()).toContain(words);
    }
  });

  test("with JavaScript, a comment sent by a page from an earlier deploy says the page was updated", async ({
    page,
  }) => {
    await page.goto(storyUrl(bilingualStory, "ar"));
    // What an old build's page would send: an action id this build lacks.
    await page.route("**/ar/story/**", async (route) => {
      const headers = route.request().headers();
      if (!headers["next-action"]) return route.continue();
      await route.continue({ headers: { ...headers, "next-action": staleActionId } });
    });
    await page.locator("#comment-name").fill("سامي");
    await page.locator("#comment-body").fill("تعليق من صفحة قديمة");
    await waitForUsableToken(page);
    await page.locator(".comment-form button[type=submit]").click();
    await expect(page.locator("h1")).toHaveText("حُدّثت هذه الصفحة");
  });

  test("in the newsroom, a form from an earlier deploy says so inside the newsroom, in its language", async ({
    page,
  }) => {
    await signIn(page, "editor", "ar");
    await page.goto(`/ar/newsroom/stories/${await demoStoryId(bilingualStory)}`);
    await page.route("**/ar/newsroom/stories/**", async (route) => {
      const headers = route.request().headers();
      if (!headers["next-action"]) return route.continue();
      await route.continue({ headers: { ...headers, "next-action": staleActionId } });
    });
    await page.getByRole("button", { name: "حفظ التفاصيل" }).click();
    await expect(page.locator("h1")).toHaveText("حُدّثت هذه الصفحة");
    await expect(page.getByRole("link", { name: "الانتقال إلى غرفة الأخبار" })).toHaveAttribute(
      "href",
      "/ar/newsroom",
    );
  });

  test("X-Forwarded-Proto and -For are ignored from a peer that is not a trusted proxy", async ({
    request,
    baseURL,
  }) => {
    const slug = bilingualStory.translations.en!.slug;
    const response = await request.post("/api/comments/vote", {
      headers: { origin: baseURL!, "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.1" },
      form: { locale: "en", storyId: "1", slug, commentId: "999999", choice: "up" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
    expect(response.headers()["set-cookie"]).not.toMatch(/;\s*Secure/i);
  });
});
