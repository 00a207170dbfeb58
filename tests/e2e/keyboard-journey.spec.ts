import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoStory, englishOnlyStory } from "./demo-stories";
import { account, signIn, unpublishVersion } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";

// An Arabic-only story no other spec reads: it gets an English version here,
// sent for review from the English newsroom and published from the Arabic one.
const story = demoStory("university-strike");
const english = {
  headline: "Lebanese University lecturers extend their strike by a second week",
  dek: "Full-time lecturers want salaries corrected and their mutual fund paid.",
  body: "The lecturers' association extended its open-ended strike on Thursday.",
};

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user
 * would, and checks that every control passed on the way shows where the
 * focus is (an outline or a ring drawn by :focus-visible).
 */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 250 } = {}) {
  const unmarked: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      return {
        visible: element.matches(":focus-visible") && (outline || style.boxShadow !== "none"),
        name: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} ${(element.textContent ?? "").trim().slice(0, 30)}`,
      };
    });
    if (focus && !focus.visible) unmarked.push(focus.name);
    if (await target.evaluate((element) => element === document.activeElement)) {
      expect(unmarked, "controls without a visible focus").toEqual([]);
      return;
    }
  }
  throw new Error(`${limit} presses of Tab did not reach ${target}`);
}

/** Replaces a field's text from the keyboard alone: select all, then type. */
async function retype(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

const direction = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).direction);

test.describe.serial("a keyboard-only journey from sign-in to publish", () => {
  test.setTimeout(180_000);

  test("in English: sign in, open a story, translate it, send it for review", async ({ page }) => {
    const storyId = await demoStoryId(story);
    await page.goto("/en/newsroom/sign-in");
    const { email, password } = account("editor");
    await tabTo(page, page.locator("#email"));
    await page.keyboard.type(email);
    await tabTo(page, page.locator("#password"));
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/newsroom$/);

    const overview = new RegExp(`/en/newsroom/stories/${storyId}$`);
    await tabTo(page, page.locator(`tr[data-story-id="${storyId}"] a`).first());
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(overview);

    const englishRow = page.locator('tr[data-locale="en"]');
    await tabTo(page, englishRow.getByRole("link", { name: "Translate into English" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/en/newsroom/stories/${storyId}/en$`));

    // The new version starts from the Arabic source, shown right to left in
    // the English field; English typed there runs left to right.
    const headline = page.locator("#headline");
    expect(await direction(headline)).toBe("rtl");
    await retype(page, headline, english.headline);
    expect(await direction(headline)).toBe("ltr");
    await retype(page, page.locator("#dek"), english.dek);
    await retype(page, page.locator("#body"), english.body);
    await retype(page, page.locator("#leadImageAlt"), "Grey and blue shapes like a university building");
    // The scrollable source beside each field is a stop of its own.
    await tabTo(page, page.locator(".editor__form button[type=submit]"));
    await page.keyboard.press("Enter");
    await expect(page.locator(".form-notice")).toContainText("Saved as revision 1.");
    await expect(page).toHaveURL(/\?saved=1$/);

    // The story is named in the newsroom's language now that it has an English version.
    await tabTo(page, page.getByRole("link", { name: english.headline }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(overview);
    await tabTo(page, page.locator('tr[data-locale="en"]').getByRole("button", { name: "Send for review" }));
    await page.keyboard.press("Space");
    await expect(page.locator('tr[data-locale="en"] .badge')).toHaveAttribute("data-state", "IN_REVIEW");
  });

  test("in Arabic: sign in, open the story, edit the English version, publish it", async ({ page }) => {
    const storyId = await demoStoryId(story);
    await page.goto("/ar/newsroom/sign-in");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const { email, password } = account("editor");
    await tabTo(page, page.locator("#email"));
    await page.keyboard.type(email);
    await tabTo(page, page.locator("#password"));
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/ar\/newsroom$/);

    const overview = new RegExp(`/ar/newsroom/stories/${storyId}$`);
    await tabTo(page, page.locator(`tr[data-story-id="${storyId}"] a`).first());
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(overview);

    await tabTo(page, page.locator('tr[data-locale="en"]').getByRole("link", { name: "تحرير" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/ar/newsroom/stories/${storyId}/en$`));
    const headline = page.locator("#headline");
    await expect(headline).toHaveValue(english.headline);
    await tabTo(page, headline);
    await page.keyboard.press("End");
    await page.keyboard.type(" again");
    await tabTo(page, page.locator(".editor__form button[type=submit]"));
    await page.keyboard.press("Enter");
    await expect(page.locator(".form-notice")).toContainText("2");
    await expect(page).toHaveURL(/\?saved=2$/);

    await tabTo(page, page.getByRole("link", { name: story.translations.ar!.headline }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(overview);
    await tabTo(page, page.locator('tr[data-locale="en"]').getByRole("button", { name: "نشر" }));
    await page.keyboard.press("Space");
    await expect(page.locator('tr[data-locale="en"] .badge')).toHaveAttribute("data-state", "PUBLISHED");
  });

  // The story is Arabic-only again for the specs after this one (sitemaps, topics count its languages).
  test.afterAll(async ({ browser }) => {
    const page = await browser.newPage();
    await signIn(page, "editor");
    await page.goto(`/en/newsroom/stories/${await demoStoryId(story)}`);
    await unpublishVersion(page, "en");
    await expect(page.locator('tr[data-locale="en"] .badge')).toHaveAttribute("data-state", "DRAFT");
    await page.close();
  });
});

test.describe("text direction in the translation editor", () => {
  test("an English source in an Arabic field reads left to right, Arabic typed there right to left", async ({
    page,
  }) => {
    await signIn(page, "translator.ar", "ar");
    // englishOnlyStory is only looked at here, never saved.
    await page.goto(`/ar/newsroom/stories/${await demoStoryId(englishOnlyStory)}/ar`);
    const source = englishOnlyStory.translations.en!;
    const headline = page.locator("#headline");
    await expect(headline).toHaveValue(source.headline);
    await expect(headline).toHaveAttribute("lang", "ar");
    expect(await direction(headline)).toBe("ltr");
    expect(await direction(page.locator("#body"))).toBe("ltr");
    // Each source paragraph and each preview paragraph follows its own text.
    const sourceParagraphs = page.locator(".editor__source p");
    await expect(sourceParagraphs.first()).toHaveAttribute("dir", "auto");
    expect(await direction(sourceParagraphs.first())).toBe("ltr");
    const preview = page.locator(".editor__preview .story-body p").first();
    expect(await direction(preview)).toBe("ltr");
    expect(await direction(page.locator(".editor__preview .story__headline"))).toBe("ltr");

    await headline.fill("مهرجان الجاز الشتوي يملأ درج الجمّيزة.");
    expect(await direction(headline)).toBe("rtl");
    expect(await direction(page.locator(".editor__preview .story__headline"))).toBe("rtl");
    await page.locator("#body").fill("فقرة عربية أولى.\n\nSecond paragraph, still in English.");
    expect(await direction(page.locator(".editor__preview .story-body p").first())).toBe("rtl");
    expect(await direction(page.locator(".editor__preview .story-body p").nth(1))).toBe("ltr");
    // Emptied, a field goes back to the language's own direction for typing.
    await page.locator("#dek").fill("");
    expect(await direction(page.locator("#dek"))).toBe("rtl");
  });
});
