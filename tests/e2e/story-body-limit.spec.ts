import { expect, test } from "@playwright/test";
import ar from "@/messages/ar.json" with { type: "json" };
import { LIMITS } from "@/lib/newsroom/editor/translation-fields";
import { bilingualStory } from "./demo-stories";
import { signIn, takeOverIfLocked } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";

// Issue 25, item 2: a body past four times its limit (the actions' cap on
// absurd input) is refused by the body field like every other limit, with
// and without JavaScript, and what was typed comes back whole. Arabic text
// is two bytes a letter, so the save also proves the server's body limit
// lets it through to the action.
const body = "خبر طويل جدًا ".repeat(LIMITS.body).slice(0, LIMITS.body * 4 + 1);

for (const javaScript of [true, false]) {
  test(`a body of ${LIMITS.body * 4 + 1} characters is refused by its field ${javaScript ? "with" : "without"} JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    await signIn(page, "editor", "ar");
    const storyId = await demoStoryId(bilingualStory);
    await page.goto(`/ar/newsroom/stories/${storyId}/ar`);
    await takeOverIfLocked(page);
    await page.locator("#body").fill(body);
    await page.locator(".editor__form button[type=submit]").click();
    await expect(page.locator("#body-error")).toHaveText(ar.Newsroom.editor.errors.tooLong);
    await expect(page.locator("#error-summary a[href='#body']")).toHaveCount(1);
    expect(await page.locator("#body").inputValue()).toBe(body);
    await context.close();
  });
}

// With JavaScript a body past the cap is not even sent: the form words it by
// the field at once. Whatever is within the caps fits the server's body
// limit (tests/unit/text-caps.test.ts), so no save meets a bare 413.
test("with JavaScript, a body past the cap is refused by its field without being sent", async ({ page }) => {
  await signIn(page, "editor", "ar");
  const storyId = await demoStoryId(bilingualStory);
  await page.goto(`/ar/newsroom/stories/${storyId}/ar`);
  await takeOverIfLocked(page);
  await page.locator("#body").fill(body);
  const posts: string[] = [];
  page.on("request", (request) => {
    // The edit lock's heartbeat posts too, a few bytes: only a post carrying the body counts.
    if (request.method() === "POST" && (request.postDataBuffer()?.length ?? 0) > 100_000)
      posts.push(request.url());
  });
  await page.locator(".editor__form button[type=submit]").click();
  await expect(page.locator("#body-error")).toHaveText(ar.Newsroom.editor.errors.tooLong);
  await expect(page.locator("#error-summary")).toBeFocused();
  expect(await page.locator("#body").inputValue()).toBe(body);
  expect(posts).toEqual([]);
});
