import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoStory, storyUrl } from "./demo-stories";
import { signIn, type DemoRole } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";

// The live desk with the demo's live coverage: an editor posts in Arabic
// from the keyboard, an English translator drafts the translation, the
// editor publishes it, pins it and finally deletes it (so the other specs
// find the demo page as seeded).
const live = demoStory("winter-storm-live");

async function as(browser: Browser, role: DemoRole, locale: "en" | "ar"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role, locale);
  return page;
}

test("an entry posted in Arabic is on the Arabic page at once, and on the English one once translated and published", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const desk = `/newsroom/stories/${await demoStoryId(live)}/live`;
  const editor = await as(browser, "editor", "ar");
  await editor.goto(`/ar${desk}`);
  const title = `تحديث تجريبي ${Date.now()}`;
  const body = "أعاد الدفاع المدني فتح طريق المديرج أمام السيارات المجهّزة بالسلاسل.";
  // Keyboard first: the text field has the focus, Ctrl+Enter posts.
  await expect(editor.locator("#composer-body")).toBeFocused();
  await editor.locator("#composer-target").selectOption("ar");
  await editor.locator("#composer-title").fill(title);
  await editor.locator("#composer-body").fill(body);
  await editor.locator("#composer-body").press("Control+Enter");
  await expect(editor.locator(".live-composer__status")).toContainText("نُشر التحديث");
  await expect(editor.locator("#composer-body")).toHaveValue("");
  const item = editor.locator(".desk-entry", { hasText: title });
  await expect(item).toBeVisible();
  const entryId = (await item.getAttribute("id"))!.replace("desk-entry-", "");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(storyUrl(live, "ar"));
  await expect(reader.locator(".live__entries .live-entry").first()).toContainText(title);
  await reader.goto(storyUrl(live, "en"));
  await expect(reader.locator(`#entry-${entryId}`)).toHaveCount(0);

  // The English desk drafts a translation: not on the page yet.
  const translator = await as(browser, "translator.en", "en");
  await translator.goto(`/en${desk}`);
  await translator
    .locator(`#desk-entry-${entryId}`)
    .getByRole("link", { name: "Translate into English" })
    .click();
  await translator.locator(`#entry-${entryId}-en-title`).fill("Test update: Mdeirej road reopened");
  await translator
    .locator(`#entry-${entryId}-en-body`)
    .fill("The Civil Defence reopened the Mdeirej road to cars fitted with chains.");
  await expect(translator.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await translator.getByRole("button", { name: "Save as a draft" }).click();
  await expect(translator.locator(`#desk-entry-${entryId}`)).toContainText("Draft");
  await reader.goto(storyUrl(live, "en"));
  await expect(reader.locator(`#entry-${entryId}`)).toHaveCount(0);

  // The editor publishes it: on the English page, at the time it was first posted.
  await editor.goto(`/en${desk}?edit=${entryId}&target=en`);
  await editor.getByRole("button", { name: "Publish" }).click();
  await expect(editor.locator(".form-notice")).toHaveText("Saved.");
  await reader.goto(storyUrl(live, "en"));
  const english = reader.locator(`#entry-${entryId}`);
  await expect(english).toContainText("Mdeirej road reopened");
  const englishTime = await english.locator("time").getAttribute("datetime");
  await reader.goto(storyUrl(live, "ar"));
  expect(await reader.locator(`#entry-${entryId} time`).getAttribute("datetime")).toBe(englishTime);

  // Pinned, it leads the page; deleted, it leaves both languages.
  await editor.goto(`/en${desk}`);
  await editor.locator(`#desk-entry-${entryId}`).getByRole("button", { name: "Pin to the top" }).click();
  await expect(editor.locator(".form-notice")).toHaveText("The entry is pinned.");
  await reader.goto(storyUrl(live, "en"));
  await expect(reader.locator(".live-entry").first()).toHaveAttribute("id", `entry-${entryId}`);
  const actions = editor.locator(`#desk-entry-${entryId}`);
  await actions.getByLabel("Yes, delete this entry in every language").check();
  await actions.getByRole("button", { name: "Delete" }).click();
  await expect(editor.locator(".form-notice")).toHaveText("The entry was deleted.");
  for (const locale of ["en", "ar"] as const) {
    await reader.goto(storyUrl(live, locale));
    await expect(reader.locator(`#entry-${entryId}`)).toHaveCount(0);
  }
});

test("the desk has no accessibility violations, in both languages", async ({ browser }) => {
  for (const locale of ["en", "ar"] as const) {
    const page = await as(browser, "editor", locale);
    await page.goto(`/${locale}/newsroom/stories/${await demoStoryId(live)}/live`);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    expect(results.violations.map((violation) => `${locale}: ${violation.id}`)).toEqual([]);
  }
});

test("an entry's revisions: every saved text with who saved it and when, and what changed, without JavaScript too", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const desk = `/ar/newsroom/stories/${await demoStoryId(live)}/live`;
  const editor = await as(browser, "editor", "ar");
  await editor.goto(desk);
  await editor.locator("#composer-target").selectOption("ar");
  const first = `أغلقت قوى الأمن طريق ترشيش بسبب الجليد ${Date.now()}`;
  await editor.locator("#composer-body").fill(first);
  await editor.locator("#composer-body").press("Control+Enter");
  const item = editor.locator(".desk-entry", { hasText: first });
  await expect(item).toBeVisible();
  const entryId = (await item.getAttribute("id"))!.replace("desk-entry-", "");

  // The source edited: a second revision.
  await editor.goto(`${desk}?edit=${entryId}&target=ar#desk-entry-${entryId}`);
  const edited = first.replace("بسبب الجليد", "بسبب الجليد والضباب");
  await editor.locator(`#entry-${entryId}-ar-body`).fill(edited);
  await editor.locator(`#desk-entry-${entryId}`).locator('button[name=publish][value="1"]').click();
  await expect(editor.locator(".form-notice")).toBeVisible();

  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, "editor", "ar");
    await page.goto(desk);
    await page.locator(`#desk-entry-${entryId}`).getByRole("link", { name: "النسخ المحفوظة" }).click();
    const revisions = page.locator(".entry-revisions");
    await expect(revisions.getByRole("heading", { name: "النسخ المحفوظة من هذا التحديث" })).toBeVisible();
    const newest = revisions.locator("li[data-revision='2']");
    await expect(newest).toContainText("النسخة 2");
    await expect(newest).toContainText(/كريم نصّار|Karim Nassar/);
    await expect(newest.locator("ins")).toContainText("والضباب");
    await expect(revisions.locator("li[data-revision='1']")).toContainText(first);
    await context.close();
  }

  const actions = editor.locator(`#desk-entry-${entryId}`);
  await actions.locator("input[name=confirm]").check();
  await actions
    .locator("form", { has: editor.locator("input[name=confirm]") })
    .locator("button")
    .click();
  await expect(editor.locator(".form-notice")).toBeVisible();
});

test("without JavaScript: an entry composed in English, translated into Arabic by a translator, published by an editor, read in both", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const storyId = await demoStoryId(live);
  const noScript = async (role: DemoRole, locale: "en" | "ar") => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signIn(page, role, locale);
    return page;
  };
  const editor = await noScript("editor", "en");
  await editor.goto(`/en/newsroom/stories/${storyId}/live`);
  const body = `Test update without scripts: the Chtaura crossing reopened ${Date.now()}.`;
  await editor.locator("#composer-target").selectOption("en");
  await editor.locator("#composer-body").fill(body);
  await editor.locator("form.live-composer button[type=submit]").click();
  await expect(editor.locator(".live-composer__status")).toContainText("Posted");
  const item = editor.locator(".desk-entry", { hasText: body });
  const entryId = (await item.getAttribute("id"))!.replace("desk-entry-", "");

  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto(storyUrl(live, "en"));
  await expect(reader.locator(`#entry-${entryId}`)).toContainText(body);

  const translator = await noScript("translator.ar", "ar");
  await translator.goto(`/ar/newsroom/stories/${storyId}/live`);
  await translator.locator(`#desk-entry-${entryId}`).getByRole("link", { name: "ترجم إلى العربية" }).click();
  const arabic = "تحديث تجريبي من دون نصوص برمجية: أعيد فتح معبر شتورة.";
  await translator.locator(`#entry-${entryId}-ar-body`).fill(arabic);
  await translator.locator(`#desk-entry-${entryId}`).locator('button[name=publish][value="0"]').click();
  await expect(translator.locator(`#desk-entry-${entryId}`)).toContainText("مسودة");
  await reader.goto(storyUrl(live, "ar"));
  await expect(reader.locator(`#entry-${entryId}`)).toHaveCount(0);

  const arabicEditor = await noScript("editor", "ar");
  await arabicEditor.goto(`/ar/newsroom/stories/${storyId}/live?edit=${entryId}&target=ar`);
  await arabicEditor.locator(`#desk-entry-${entryId}`).locator('button[name=publish][value="1"]').click();
  await expect(arabicEditor.locator(".form-notice")).toBeVisible();
  await reader.goto(storyUrl(live, "ar"));
  await expect(reader.locator(`#entry-${entryId}`)).toContainText(arabic);

  const actions = editor.locator(`#desk-entry-${entryId}`);
  await editor.goto(`/en/newsroom/stories/${storyId}/live`);
  await actions.getByLabel("Yes, delete this entry in every language").check();
  await actions.getByRole("button", { name: "Delete" }).click();
  await expect(editor.locator(".form-notice")).toHaveText("The entry was deleted.");
});
