import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoStory, storyUrl } from "./demo-stories";
import { signIn } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";

// A reader keeps the demo live page open while an editor posts: the new
// entry waits behind an "N new updates" button (said in a polite live
// region), nothing on the page moves until the reader presses it, and then
// the entry leads the list with the focus on it. The entry is deleted at the
// end, so the other specs find the page as seeded.
const live = demoStory("winter-storm-live");

const cases = [
  { locale: "en", button: "1 new update", body: "Test update: the Dahr al-Baidar road reopened to lorries." },
  { locale: "ar", button: "تحديث جديد واحد", body: "تحديث تجريبي: أعيد فتح طريق ضهر البيدر أمام الشاحنات." },
] as const;

async function editorDesk(browser: Browser): Promise<{ editor: Page; desk: string }> {
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor", "en");
  return { editor, desk: `/en/newsroom/stories/${await demoStoryId(live)}/live` };
}

for (const { locale, button, body } of cases) {
  test(`${locale}: a new entry waits behind a button, announced, and nothing moves until the reader asks`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(storyUrl(live, locale));
    const reading = reader.locator(".live__entries .live-entry").nth(2);
    await reading.scrollIntoViewIfNeeded();
    const before = await reading.boundingBox();

    const { editor, desk } = await editorDesk(browser);
    await editor.goto(desk);
    await editor.locator("#composer-target").selectOption(locale);
    await editor.locator("#composer-body").fill(`${body} ${Date.now()}`);
    await editor.locator("#composer-body").press("Control+Enter");
    const item = editor.locator(".desk-entry", { hasText: body });
    await expect(item).toBeVisible();
    const entryId = (await item.getAttribute("id"))!.replace("desk-entry-", "");

    const show = reader.locator(".live__new");
    await expect(show).toHaveText(button);
    // The announcement of the entries' own region (the share bar has a status of its own).
    const announced = reader.getByRole("status").and(reader.locator(":not(.share-bar__status)"));
    await expect(announced).toHaveText(button);
    // Not inserted yet, and what the reader was reading has not moved.
    await expect(reader.locator(`#entry-${entryId}`)).toHaveCount(0);
    expect(await reading.boundingBox()).toEqual(before);
    const axe = await new AxeBuilder({ page: reader }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    await show.click();
    const entry = reader.locator(`#entry-${entryId}`);
    await expect(entry).toBeFocused();
    await expect(reader.locator(".live__entries .live-entry").first()).toHaveAttribute(
      "id",
      `entry-${entryId}`,
    );
    await expect(show).toHaveCount(0);
    // The inserted list is the page's own markup: its time is still a permalink.
    await expect(entry.locator(".live-entry__time")).toHaveAttribute(
      "href",
      new RegExp(`/entry/${entryId}$`),
    );

    const actions = editor.locator(`#desk-entry-${entryId}`);
    await actions.getByLabel("Yes, delete this entry in every language").check();
    await actions.getByRole("button", { name: "Delete" }).click();
    await expect(editor.locator(".form-notice")).toHaveText("The entry was deleted.");
  });
}
