import { expect, test, type Page } from "@playwright/test";
import { stories } from "@/prisma/content/stories/index";
import { storyUrl } from "./demo-stories";
import { signIn } from "./newsroom-helpers";

// A bilingual story of its own, away from the stories other tests read.
const story = stories.filter((s) => s.translations.en && s.translations.ar)[4]!;
const url = storyUrl(story, "en");

async function post(page: Page, name: string, body: string): Promise<void> {
  await page.locator("#comment-name").fill(name);
  await page.locator("#comment-body").fill(body);
  // The form refuses posts made within seconds of opening the page.
  await page.waitForTimeout(3_200);
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

  test("posting and voting work without JavaScript, and bad input keeps what was typed", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    await post(page, "", "A comment without a name.");
    await expect(page.locator("#comment-name-error")).toHaveText("This field is required.");
    await expect(page.locator("#comment-body")).toHaveValue("A comment without a name.");
    await post(page, "Nadim", "A comment without a name, now with one.");
    await expect(page.locator(".form-notice")).toHaveText("Your comment is published.");
    await page.goto(url);
    const mine = page.locator(".comment", { hasText: "now with one" });
    await mine.locator(".vote--up").click();
    await expect(
      page.locator(".comment", { hasText: "now with one" }).locator(".vote--up .vote__count"),
    ).toHaveText("1");
    await context.close();
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
    await page
      .locator(".comment", { hasText: "will be reported" })
      .getByRole("button", { name: "Report" })
      .click();
    await expect(page.locator("h1")).toHaveText("Thanks: the editors will look at this comment.");

    const editorContext = await browser.newContext();
    const editor = await editorContext.newPage();
    await signIn(editor, "editor");
    await editor.locator(".newsroom-nav").getByRole("link", { name: "Comments" }).click();
    const queued = editor.locator(".moderation-queue li", { hasText: "will be reported" });
    await expect(queued).toContainText("Reported once");
    await queued.getByRole("button", { name: "Hide" }).click();
    await expect(editor.locator(".form-notice")).toHaveText("Comment hidden.");
    await editorContext.close();

    await page.goto(url);
    await expect(page.locator(".comment", { hasText: "will be reported" })).toHaveCount(0);
  });
});
