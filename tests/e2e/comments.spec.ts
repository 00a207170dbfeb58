import { expect, test, type Page } from "@playwright/test";
import { demoStory, storyUrl } from "./demo-stories";
import { signIn } from "./newsroom-helpers";
import { waitForUsableToken } from "./support/comment-token";
import { reportComment } from "./support/report-comment";

// A bilingual story of its own, away from the stories other tests read.
const story = demoStory("film-festival");
const url = storyUrl(story, "en");

async function post(page: Page, name: string, body: string, { javaScript = true } = {}): Promise<void> {
  await page.locator("#comment-name").fill(name);
  await page.locator("#comment-body").fill(body);
  await waitForUsableToken(page, { javaScript });
  await page.locator(".comment-form button[type=submit]").click();
}

async function count(page: Page): Promise<number> {
  return Number(await page.locator(".comments__count").textContent());
}

test.describe("reader comments", () => {
  test("a reader posts an Arabic comment on an English story and votes", async ({ page }) => {
    await page.goto(url);
    const before = await count(page);
    const body = "تحقيق ممتاز، شكرًا لكم على هذه التغطية.\nسطر ثانٍ.";
    await post(page, "سامي", body);
    await expect(page.locator(".form-notice")).toBeVisible();
    await expect(page.locator(".comments__count")).toHaveText(String(before + 1));
    await expect(page.locator("#comments-title")).toHaveText(`Comments ${before + 1}`);
    const comment = page.locator(".comment").last();
    await expect(comment.locator(".comment__body")).toHaveAttribute("dir", "auto");
    await expect(comment.locator("bdi.comment__name")).toHaveText("سامي");
    expect(await comment.locator(".comment__body").evaluate((el) => getComputedStyle(el).direction)).toBe(
      "rtl",
    );
    await expect(comment.locator(".vote--up .vote__count")).toHaveText("0");
    await comment.locator(".vote--up").click();
    await expect(page.locator(".comment").last().locator(".vote--up .vote__count")).toHaveText("1");
    // Voting again changes nothing; switching moves the vote.
    await page.locator(".comment").last().locator(".vote--up").click();
    await expect(page.locator(".comment").last().locator(".vote--up .vote__count")).toHaveText("1");
    await page.locator(".comment").last().locator(".vote--down").click();
    await expect(page.locator(".comment").last().locator(".vote--up .vote__count")).toHaveText("0");
    await expect(page.locator(".comment").last().locator(".vote--down .vote__count")).toHaveText("1");
  });

  for (const locale of ["en", "ar"] as const) {
    test(`a reader sees which way they voted, from their own cookie, on a page that stays cached (${locale})`, async ({
      browser,
    }) => {
      const words = {
        en: {
          up: /^Thumbs up \(1 vote\)$/,
          votedUp: "You voted thumbs up.",
          votedDown: "You voted thumbs down.",
        },
        ar: { up: /^أعجبني \(صوت واحد\)$/, votedUp: "تصويتك: أعجبني.", votedDown: "تصويتك: لم يعجبني." },
      }[locale];
      const storyUrlHere = storyUrl(story, locale);
      // Without JavaScript: the state comes from the reader's stylesheet, not a script.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(storyUrlHere);
      const body = `Which way did I vote? (${locale})`;
      await post(page, "Rana", body, { javaScript: false });
      await waitForUsableToken(page, { javaScript: false });
      await page.locator(".comment-form button[type=submit]").click();
      await page.goto(storyUrlHere);
      const mine = () => page.locator(".comment", { hasText: body });
      // No emoji: a drawn thumb, and words that say what the button does and its count.
      await expect(mine().locator(".vote--up svg")).toHaveAttribute("aria-hidden", "true");
      expect(await mine().locator(".comment__actions").textContent()).not.toMatch(
        /\p{Extended_Pictographic}/u,
      );
      await expect(mine().getByText(words.votedUp)).toBeHidden();

      await mine().locator(".vote--up").click();
      await expect(mine().getByRole("button", { name: words.up })).toBeVisible();
      await expect(mine().getByText(words.votedUp)).toBeVisible();
      await expect(mine().getByText(words.votedDown)).toBeHidden();
      await mine().locator(".vote--down").click();
      await expect(mine().getByText(words.votedDown)).toBeVisible();
      await expect(mine().getByText(words.votedUp)).toBeHidden();

      // The story page is the same for everyone and still shared-cacheable;
      // only the reader's stylesheet is private.
      const storyPage = await page.request.get(storyUrlHere);
      expect(storyPage.headers()["cache-control"]).toMatch(/public/);
      expect(storyPage.headers()["set-cookie"]).toBeUndefined();
      const sheet = await page.request.get(
        (await mine()
          .locator("xpath=ancestor::section")
          .locator('link[rel="stylesheet"]')
          .getAttribute("href"))!,
      );
      expect(sheet.headers()["content-type"]).toMatch(/^text\/css/);
      expect(sheet.headers()["cache-control"]).toBe("private, no-store");

      // Another reader sees the count, not this reader's vote.
      const other = await browser.newPage();
      await other.goto(storyUrlHere);
      const theirs = other.locator(".comment", { hasText: body });
      await expect(theirs.locator(".vote--down .vote__count")).toHaveText("1");
      await expect(theirs.getByText(words.votedDown)).toBeHidden();
      await other.close();
      await context.close();
    });
  }

  test("posting and voting work without JavaScript, and bad input keeps what was typed", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    await post(page, "", "A comment without a name.", { javaScript: false });
    await expect(page.locator("#comment-name-error")).toHaveText("This field is required.");
    await expect(page.locator("#comment-body")).toHaveValue("A comment without a name.");
    await post(page, "Nadim", "A comment without a name, now with one.", { javaScript: false });
    await expect(page.locator(".form-notice")).toHaveText("Your comment is published.");
    await page.goto(url);
    const mine = page.locator(".comment", { hasText: "now with one" });
    await mine.locator(".vote--up").click();
    await expect(
      page.locator(".comment", { hasText: "now with one" }).locator(".vote--up .vote__count"),
    ).toHaveText("1");
    await context.close();
  });

  test("with JavaScript the form fetches its own token, and a token posts only once", async ({ page }) => {
    const html = await (await page.request.get(url)).text();
    expect(html).toMatch(/name="token" value=""/);
    await page.goto(url);
    const before = await count(page);
    const token = page.locator(".comment-form input[name=token]");
    await page.locator("#comment-name").fill("Hala");
    await page.locator("#comment-body").fill("The first comment with this token.");
    await waitForUsableToken(page);
    const used = await token.inputValue();
    expect(used).toMatch(/^[\w-]{32}$/);
    await page.locator(".comment-form button[type=submit]").click();
    await expect(page.locator(".form-notice")).toHaveText("Your comment is published.");
    // The answer brought a fresh token for the next comment.
    await expect(token).not.toHaveValue(used);

    await page.locator("#comment-body").fill("A second comment replaying the first token.");
    await waitForUsableToken(page);
    await token.evaluate((input, value) => ((input as HTMLInputElement).value = value), used);
    await page.locator(".comment-form button[type=submit]").click();
    await expect(page.locator(".form-error")).toHaveText(
      "Please confirm: check your comment, then post it again.",
    );
    await expect(page.locator("#comment-body")).toHaveValue("A second comment replaying the first token.");
    await page.goto(url);
    expect(await count(page)).toBe(before + 1);
  });

  test("the form token is private to the reader and never cached", async ({ page }) => {
    await page.goto(url);
    const storyId = await page.locator(".comment-form input[name=storyId]").inputValue();
    const response = await page.request.get(`/api/comments/form-token?story=${storyId}&locale=en`);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toMatch(/^private, no-(store|cache)$/);
    expect((await response.json()).token).toMatch(/^[\w-]{32}$/);
    const bad = await page.request.get("/api/comments/form-token?story=abc&locale=fr");
    expect(bad.status()).toBe(400);
  });

  test("without JavaScript the first post asks to confirm, keeps what was typed, and confirming posts it", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const body = "Posted without JavaScript after confirming.";
    await page.locator("#comment-name").fill("Karim");
    await page.locator("#comment-body").fill(body);
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.locator(".comment-form button[type=submit]").click(),
    ]);
    // That answer carries this reader's token: no shared cache may keep it.
    expect(answer.headers()["cache-control"]).toMatch(/private|no-store/);
    expect(answer.headers()["cache-control"]).not.toMatch(/s-maxage|public/);
    await expect(page.locator(".form-error")).toHaveText(
      "Please confirm: check your comment, then post it again.",
    );
    await expect(page.locator("#comment-name")).toHaveValue("Karim");
    await expect(page.locator("#comment-body")).toHaveValue(body);
    await expect(page.locator(".comment", { hasText: body })).toHaveCount(0);
    await waitForUsableToken(page);
    await page.locator(".comment-form button[type=submit]").click();
    await expect(page.locator(".form-notice")).toHaveText("Your comment is published.");
    await page.goto(url);
    await expect(page.locator(".comment", { hasText: body })).toHaveCount(1);
    await context.close();
  });

  test("the form's code comes only when the reader reaches the form, and what they typed first is kept", async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 412, height: 700 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    const tokens: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
      if (request.url().includes("/api/comments/form-token")) tokens.push(request.url());
    });
    await page.goto(storyUrl(story, "ar"));
    await page.waitForLoadState("networkidle");
    // The form is further down than the first screen: nothing of it has loaded.
    expect(
      await page.locator("#comment-form").evaluate((form) => form.getBoundingClientRect().top),
    ).toBeGreaterThan(700);
    const atLoad = scripts.length;
    expect(tokens).toEqual([]);
    // Typed into the server's plain form, before its code arrives.
    const body = page.locator("#comment-body");
    await body.click();
    await page.keyboard.type("كتبتُ هذا قبل أن يصل شيء");
    await waitForUsableToken(page);
    await page.keyboard.type("، وهذا بعده.");
    expect(scripts.length).toBeGreaterThan(atLoad);
    await expect(body).toHaveValue("كتبتُ هذا قبل أن يصل شيء، وهذا بعده.");
    await expect(page.locator("#comment-body-count")).toBeVisible();
    await context.close();
  });

  test("a comment past the limit is refused with a word, never cut, and the text is kept", async ({
    page,
  }) => {
    await page.goto(url);
    const before = await count(page);
    const long = "A long reader letter about the festival. ".repeat(80).trim();
    expect(long.length).toBeGreaterThan(2_000);
    await post(page, "Nadim", long);
    await expect(page.locator("#comment-body-error")).toContainText("Too long");
    await expect(page.locator("#comment-body")).toHaveValue(long);
    await expect(page.locator(".comments__count")).toHaveText(String(before));
  });

  test("a refused report says so in the reader's language", async ({ page }) => {
    await page.goto("/ar/comment-reported?limited=1");
    await expect(page.locator("h1")).toHaveText("أبلغت عن تعليقات كثيرة في وقت قصير. يُرجى المحاولة لاحقًا.");
  });

  test("script and bidi-override payloads render inert", async ({ page }) => {
    await page.goto(url);
    const payload =
      '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> \u202Eevil\u202C <b>bold</b>';
    await post(page, "\u202EAttacker\u202C <i>x</i>", payload);
    await expect(page.locator(".form-notice")).toBeVisible();
    const comment = page.locator(".comment").last();
    await expect(comment.locator(".comment__body")).toContainText("<script>window.__xss = 1</script>");
    await expect(comment.locator("script, img, b")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    const text = (await comment.textContent()) ?? "";
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    await expect(comment.locator(".comment__name")).toHaveText("Attacker <i>x</i>");
    // The comment stays inside its own box.
    const box = await comment.boundingBox();
    const section = await page.locator("#comments").boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(section!.x - 1);
    expect(box!.x + box!.width).toBeLessThanOrEqual(section!.x + section!.width + 1);
  });

  test("an editor hides a reported comment", async ({ page, browser }) => {
    await page.goto(url);
    await post(page, "Troll", "This comment will be reported by a reader.");
    await expect(page.locator(".form-notice")).toBeVisible();
    await reportComment(page.locator(".comment", { hasText: "will be reported" }), "Abusive or hateful");
    await expect(page.locator("h1")).toHaveText("Thanks: the editors will look at this comment.");

    const editorContext = await browser.newContext();
    const editor = await editorContext.newPage();
    await signIn(editor, "editor");
    await editor.locator(".newsroom-nav").getByRole("link", { name: "Comments" }).click();
    const queued = editor.locator(".moderation-queue li", { hasText: "will be reported" });
    await expect(queued).toContainText("Reported once");
    await expect(queued.locator('[data-reason="ABUSE"]')).toHaveText("Abusive or hateful: 1 report");
    await queued.getByRole("button", { name: "Hide" }).click();
    await expect(editor.locator(".form-notice")).toHaveText("Comment hidden.");
    await editorContext.close();

    await page.goto(url);
    await expect(page.locator(".comment", { hasText: "will be reported" })).toHaveCount(0);
  });
});
