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
