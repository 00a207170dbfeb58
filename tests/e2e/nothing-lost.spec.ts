import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { bilingualStory, demoStory, storyUrl } from "./demo-stories";
import { account, signIn, takeOverIfLocked } from "./newsroom-helpers";
import { waitForUsableToken } from "./support/comment-token";
import { demoStoryId } from "./support/demo-story-id";
import { JOURNEYS, type FormJourney } from "./support/form-inventory";

// Issue 11, item 5: nothing typed is lost, ever. One journey per form that
// takes typed input (tests/e2e/support/form-inventory.ts, which a unit test
// checks against the code): every field, box and choice is filled, the
// server refuses, and everything comes back, with an error summary that
// takes focus and links to each refused field. Each journey runs in both
// interface languages, and without JavaScript where the form works so.

type Locale = "en" | "ar";
const words = { en, ar };

/** A message as the demo accounts read it: they have set no grammatical gender. */
const worded = (locale: Locale, key: "Forms.unsaved" | "Newsroom.users.errors.passwordAgain") =>
  createTranslator({ locale, messages: words[locale] })(key, { viewerGender: "other" });

const pngBytes = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 150 } } })
    .png()
    .toBuffer();

interface Run {
  page: Page;
  locale: Locale;
  javaScript: boolean;
}

async function summaryShows(
  page: Page,
  locale: Locale,
  fields: string[],
  focused = "#error-summary",
): Promise<void> {
  const summary = page.locator("#error-summary");
  await expect(summary).toBeVisible();
  await expect(summary.locator("h2")).toHaveText(words[locale].Forms.errorSummary);
  await expect(page.locator(focused)).toBeFocused();
  for (const field of fields) {
    const link = summary.locator(`a[href="#${field}"]`);
    await expect(link).toHaveCount(1);
    // Each line names its field as the page names it: the field's label or
    // accessible name, its group's legend, or the heading of its form.
    const names = await page.locator(`#${field}`).evaluate((control) => {
      const labels = (control as HTMLInputElement).labels;
      const heading = document.evaluate(
        "preceding::*[self::h2 or self::h3][1]",
        control,
        null,
        XPathResult.FIRST_ORDERED_NODE_TYPE,
      ).singleNodeValue;
      return [
        labels && labels.length > 0 ? labels[0]!.textContent : null,
        control.getAttribute("aria-label"),
        control.closest("fieldset")?.querySelector("legend")?.textContent,
        heading?.textContent,
      ].flatMap((text) => (text?.trim() ? [text.trim()] : []));
    });
    const named = (await link.locator(".error-summary__field").textContent())?.trim() ?? "";
    expect(named, field).not.toBe("");
    expect(
      names.some((name) => named.includes(name) || name.includes(named)),
      `${field}: «${named}» is none of ${JSON.stringify(names)}`,
    ).toBe(true);
  }
}

async function followSummaryLink(page: Page, field: string): Promise<void> {
  await page.locator(`#error-summary a[href="#${field}"]`).click();
  await expect(page.locator(`#${field}`)).toBeFocused();
}

async function checkedValues(boxes: Locator): Promise<string[]> {
  return boxes.evaluateAll((inputs) =>
    (inputs as HTMLInputElement[]).filter((input) => input.checked).map((input) => input.value),
  );
}

/** Ticks exactly `count` boxes, the last ones first, so the choice differs from the stored one. */
async function tickLast(boxes: Locator, count: number): Promise<string[]> {
  const all = await boxes.count();
  for (let index = 0; index < all; index += 1) {
    await boxes.nth(index).setChecked(index >= all - count);
  }
  return checkedValues(boxes);
}

const journeys: Record<FormJourney, (run: Run) => Promise<void>> = {
  async comment({ page, locale, javaScript }) {
    await page.goto(storyUrl(bilingualStory, locale));
    const name = "ن".repeat(61);
    const body = "A long paste, kept whole. ".repeat(90).slice(0, 2_100);
    await page.locator("#comment-name").fill(name);
    // The browser takes this address (a name and a host), the server does not (no top-level domain).
    await page.locator("#comment-email").fill("reader@example");
    await page.locator("#comment-body").fill(body);
    if (javaScript) {
      await expect(page.locator("#comment-body-count")).toHaveClass(/char-count--over/);
      await expect(page.locator("#comment-body-count")).toContainText("100");
      await expect(page.locator("#comment-body-count")).toHaveAttribute("aria-live", "polite");
    }
    await waitForUsableToken(page, { javaScript });
    await page.locator(".comment-form button[type=submit]").click();
    // Without JavaScript the answer is the URL's fragment, which the browser focuses: the summary's box.
    const focused = javaScript ? "#error-summary" : "#comment-answer";
    await summaryShows(page, locale, ["comment-name", "comment-email", "comment-body"], focused);
    if (!javaScript) expect(new URL(page.url()).hash).toBe("#comment-answer");
    await expect(page.locator("#comment-name")).toHaveValue(name);
    await expect(page.locator("#comment-email")).toHaveValue("reader@example");
    await expect(page.locator("#comment-body")).toHaveValue(body);
    await expect(page.locator("#comment-body-error")).toBeVisible();
    if (javaScript) await followSummaryLink(page, "comment-body");
  },

  async "sign-in"({ page, locale, javaScript }) {
    await page.goto(`/${locale}/newsroom/sign-in`);
    await page.locator("#email").fill("not-an-email");
    await page.locator('form.newsroom-form button[type="submit"]').click();
    await summaryShows(page, locale, ["email", "password"]);
    await expect(page.locator("#email")).toHaveValue("not-an-email");
    if (javaScript) await followSummaryLink(page, "password");
  },

  async "sign-in-link"({ page, locale, javaScript }) {
    await page.goto(`/${locale}/newsroom/sign-in/link`);
    await page.locator("#email").fill("not-an-email");
    await page.locator('form.newsroom-form button[type="submit"]').click();
    await summaryShows(page, locale, ["email"]);
    await expect(page.locator("#email")).toHaveValue("not-an-email");
    if (javaScript) await followSummaryLink(page, "email");
  },

  async "new-story"({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    await page.goto(`/${locale}/newsroom/stories/new`);
    await page.locator("#sourceLocale").selectOption(locale === "en" ? "ar" : "en");
    const section = await page.locator("#sectionId option").last().getAttribute("value");
    await page.locator("#sectionId").selectOption(section!);
    const authors = await tickLast(page.locator("input[name=authorIds]"), 2);
    await page.locator("#headline").fill("A headline that stays");
    await page.locator("#slug").fill("a-slug-that-stays");
    await page.locator("#body").fill("A body that stays.");
    const image = page.locator("input[name=image]").last();
    await image.check();
    await page.locator("#leadImageAlt").fill("A description that stays");
    await page.locator("#leadImageCaption").fill("A caption that stays");
    await page.locator("#imageCredit").fill("A credit that stays");
    if (javaScript) await expect(page.locator("#headline-count")).toBeVisible();
    // The summary is left empty: refused as required.
    await page.locator("form.newsroom-form button[type=submit]").click();
    await summaryShows(page, locale, ["dek"]);
    const keptAsTyped = async () => {
      await expect(page.locator("#sourceLocale")).toHaveValue(locale === "en" ? "ar" : "en");
      await expect(page.locator("#sectionId")).toHaveValue(section!);
      expect(await checkedValues(page.locator("input[name=authorIds]"))).toEqual(authors);
      await expect(page.locator("#headline")).toHaveValue("A headline that stays");
      await expect(page.locator("#slug")).toHaveValue("a-slug-that-stays");
      await expect(page.locator("#body")).toHaveValue("A body that stays.");
      await expect(page.locator("input[name=image]").last()).toBeChecked();
      await expect(page.locator("#leadImageAlt")).toHaveValue("A description that stays");
      await expect(page.locator("#leadImageCaption")).toHaveValue("A caption that stays");
      await expect(page.locator("#imageCredit")).toHaveValue("A credit that stays");
    };
    await keptAsTyped();
    if (!javaScript) return;
    await followSummaryLink(page, "dek");

    // Kept on this device too: a reload offers the draft back.
    await page.locator("#dek").fill("A summary typed before the tab was reloaded.");
    await expect(page.locator(".draft-status")).toContainText(words[locale].Forms.draft.saved.split("{")[0]!);
    // The status may still name the save made when the form was refused: wait for the one holding the summary.
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.values(localStorage).some((value) => value.includes("A summary typed before the tab")),
        ),
      )
      .toBe(true);
    await page.reload();
    await page.getByRole("button", { name: words[locale].Forms.draft.restore }).click();
    await keptAsTyped();
    await expect(page.locator("#dek")).toHaveValue("A summary typed before the tab was reloaded.");
  },

  async "story-details"({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    const storyId = await demoStoryId(bilingualStory);
    await page.goto(`/${locale}/newsroom/stories/${storyId}`);
    const form = page.locator("form", { has: page.locator("#details-section") });
    const section = await form.locator("#details-section option").last().getAttribute("value");
    await form.locator("#details-section").selectOption(section!);
    const authors = await tickLast(form.locator("input[name=authorIds]"), 2);
    // One topic more than a story may have: refused, and every tick comes back.
    const topicBoxes = form.locator("input[name=topicIds]");
    const topics = await tickLast(topicBoxes, await topicBoxes.count());
    expect(topics.length).toBeGreaterThan(10);
    await form.locator("input[name=image]").nth(1).check();
    const image = await form.locator("input[name=image]").nth(1).getAttribute("value");
    await form.locator("#imageCredit").fill("A credit that stays");
    await form.locator("#focusX").fill("17");
    await form.locator("#focusY").fill("83");
    await form.locator("button[type=submit]").click();
    await expect(page).toHaveURL(/problem=invalid/);
    expect(new URL(page.url()).hash).toBe("#error-summary");
    await summaryShows(page, locale, ["details-section"]);
    const again = page.locator("form", { has: page.locator("#details-section") });
    await expect(again.locator("#details-section")).toHaveValue(section!);
    expect(await checkedValues(again.locator("input[name=authorIds]"))).toEqual(authors);
    expect(await checkedValues(again.locator("input[name=topicIds]"))).toEqual(topics);
    expect(await checkedValues(again.locator("input[name=image]"))).toEqual([image]);
    await expect(again.locator("#imageCredit")).toHaveValue("A credit that stays");
    await expect(again.locator("#focusX")).toHaveValue("17");
    await expect(again.locator("#focusY")).toHaveValue("83");
    if (javaScript) await followSummaryLink(page, "details-section");
  },

  async translation({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    const storyId = await demoStoryId(bilingualStory);
    await page.goto(`/${locale}/newsroom/stories/${storyId}/${locale === "en" ? "ar" : "en"}`);
    await takeOverIfLocked(page);
    const headline = "ع".repeat(230);
    await page.locator("#headline").fill(headline);
    await page.locator("#dek").fill("ملخص يبقى كما كُتب.");
    await page.locator("#slug").fill("slug-kept");
    await page.locator("#body").fill("نص يبقى كما كُتب.");
    await page.locator("#leadImageAlt").fill("وصف يبقى");
    if (javaScript) {
      await expect(page.locator("#headline-count")).toHaveClass(/char-count--over/);
      await expect(page.locator("#headline-count")).toContainText("30");
    }
    await page.locator(".editor__form button[type=submit]").click();
    await summaryShows(page, locale, ["headline"]);
    await expect(page.locator("#headline")).toHaveValue(headline);
    await expect(page.locator("#dek")).toHaveValue("ملخص يبقى كما كُتب.");
    await expect(page.locator("#slug")).toHaveValue("slug-kept");
    await expect(page.locator("#body")).toHaveValue("نص يبقى كما كُتب.");
    await expect(page.locator("#leadImageAlt")).toHaveValue("وصف يبقى");
    if (!javaScript) return;
    await followSummaryLink(page, "headline");

    // Leaving with unsaved edits asks first: the header's language switch and its links.
    await expect(page.locator(".draft-status")).toContainText(words[locale].Forms.draft.saved.split("{")[0]!);
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    const other = locale === "en" ? "ar" : "en";
    await page.locator(`.newsroom-header__tools a[hreflang=${other}]`).click();
    await expect.poll(() => asked).toEqual([worded(locale, "Forms.unsaved")]);
    await expect(page.locator("#headline")).toHaveValue(headline);

    // A reload (the browser asks first) offers the kept draft back.
    await page.reload();
    await expect(page.locator("#headline")).not.toHaveValue(headline);
    await page.getByRole("button", { name: words[locale].Forms.draft.restore }).click();
    await expect(page.locator("#headline")).toHaveValue(headline);
    await expect(page.locator("#body")).toHaveValue("نص يبقى كما كُتب.");
  },

  async "topic-names"({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    await page.goto(`/${locale}/newsroom/topics`);
    const name = "N".repeat(61);
    await page.locator("#new-topic-en-name").fill(name);
    await page.locator("#new-topic-en-slug").fill("kept-slug");
    await page.locator("#new-topic-ar-name").fill("اسم يبقى");
    await page.locator("#new-topic-ar-slug").fill("اسم-يبقى");
    if (javaScript) await expect(page.locator("#new-topic-en-name-count")).toHaveClass(/char-count--over/);
    await page
      .locator("form", { has: page.locator("#new-topic-en-name") })
      .locator("button")
      .click();
    await summaryShows(page, locale, ["new-topic-en-name"]);
    expect(new URL(page.url()).hash).toBe("#error-summary");
    await expect(page.locator("#new-topic-en-name")).toHaveValue(name);
    await expect(page.locator("#new-topic-en-slug")).toHaveValue("kept-slug");
    await expect(page.locator("#new-topic-ar-name")).toHaveValue("اسم يبقى");
    await expect(page.locator("#new-topic-ar-slug")).toHaveValue("اسم-يبقى");
    if (javaScript) await followSummaryLink(page, "new-topic-en-name");

    // A merge sent without its confirmation keeps both topics chosen.
    const into = await page.locator("#merge-into option").last().getAttribute("value");
    const from = await page.locator("#merge-from option").nth(1).getAttribute("value");
    await page.locator("#merge-from").selectOption(from!);
    await page.locator("#merge-into").selectOption(into!);
    await page
      .locator("form", { has: page.locator("#merge-from") })
      .locator("button")
      .click();
    await summaryShows(page, locale, ["merge-confirm"]);
    await expect(page.locator("#merge-from")).toHaveValue(from!);
    await expect(page.locator("#merge-into")).toHaveValue(into!);
  },

  async "section-names"({ page, locale, javaScript }) {
    await signIn(page, "admin", locale);
    await page.goto(`/${locale}/newsroom/sections`);
    // Too long a name is refused (a slug another section holds is only looked up once the names
    // pass): everything typed comes back.
    const name = "N".repeat(41);
    const taken = await page.locator("tbody tr").first().locator("td[lang=ar] code").textContent();
    await page.locator("#new-section-en-name").fill(name);
    await page.locator("#new-section-en-slug").fill("kept-section-slug");
    await page.locator("#new-section-ar-name").fill("قسم يبقى");
    await page.locator("#new-section-ar-slug").fill(taken!);
    if (javaScript) await expect(page.locator("#new-section-en-name-count")).toHaveClass(/char-count--over/);
    await page
      .locator("form", { has: page.locator("#new-section-en-name") })
      .locator("button")
      .click();
    await summaryShows(page, locale, ["new-section-en-name"]);
    await expect(page.locator("#new-section-en-name")).toHaveValue(name);
    await expect(page.locator("#new-section-en-slug")).toHaveValue("kept-section-slug");
    await expect(page.locator("#new-section-ar-name")).toHaveValue("قسم يبقى");
    await expect(page.locator("#new-section-ar-slug")).toHaveValue(taken!);
    if (javaScript) await followSummaryLink(page, "new-section-en-name");

    // A retirement sent without its confirmation comes back with that section's form open.
    const row = page.locator("tbody tr").first();
    await row.locator("summary").nth(1).click();
    await row
      .locator("form", { has: page.locator("input[name=confirm]") })
      .locator("button")
      .click();
    await page.waitForURL(/problem=unconfirmed/);
    const confirm = page.locator("#error-summary a").first();
    const field = (await confirm.getAttribute("href"))!.slice(1);
    await summaryShows(page, locale, [field]);
    await expect(page.locator(`#${field}`)).toBeVisible();
  },

  async "glossary-term"({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    await page.goto(`/${locale}/newsroom/glossary`);
    const name = "N".repeat(201);
    await page.locator("#new-term-kind").selectOption("INSTITUTION");
    await page.locator("#new-term-en").fill(name);
    await page.locator("#new-term-ar").fill("مجلس يبقى");
    await page.locator("#new-term-note").fill("ملاحظة تبقى");
    await page
      .locator("form", { has: page.locator("#new-term-en") })
      .locator("button")
      .click();
    await summaryShows(page, locale, ["new-term-en"]);
    await expect(page.locator("#new-term-en")).toHaveValue(name);
    await expect(page.locator("#new-term-kind")).toHaveValue("INSTITUTION");
    await expect(page.locator("#new-term-ar")).toHaveValue("مجلس يبقى");
    await expect(page.locator("#new-term-note")).toHaveValue("ملاحظة تبقى");
    if (javaScript) await followSummaryLink(page, "new-term-en");
  },

  async "name-variants"({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    await page.goto(`/${locale}/newsroom/search-words`);
    // Byblos is another set's spelling already: refused, the lines kept as typed.
    const typed = "Gebal\nByblos\nجبيل القديمة";
    await page.locator("#new-set-spellings").fill(typed);
    await page
      .locator("form", { has: page.locator("#new-set-spellings") })
      .locator("button")
      .click();
    await summaryShows(page, locale, ["new-set-spellings"]);
    await expect(page.locator("#new-set-spellings")).toHaveValue(typed);
    await expect(page.locator("#new-set-spellings-error")).toContainText("Byblos");
    if (javaScript) await followSummaryLink(page, "new-set-spellings");
  },

  async "arabic-plural"({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    await page.goto(`/${locale}/newsroom/search-words`);
    await page.locator("#plural-singular").fill("festival");
    await page.locator("#plural-plural").fill("مهرجانات");
    await page
      .locator("form", { has: page.locator("#plural-singular") })
      .locator("button")
      .click();
    await summaryShows(page, locale, ["plural-singular"]);
    await expect(page.locator("#plural-singular")).toHaveValue("festival");
    await expect(page.locator("#plural-plural")).toHaveValue("مهرجانات");
    if (javaScript) await followSummaryLink(page, "plural-singular");
  },

  async "new-user"({ page, locale, javaScript }) {
    await signIn(page, "admin", locale);
    await page.goto(`/${locale}/newsroom/users`);
    const form = page.locator("form", { has: page.locator("#new-name") });
    await form.locator("#new-name").fill("رنا الخوري");
    // Someone has this address already: refused.
    await form.locator("#new-email").fill(account("editor").email);
    await form.locator("#new-password").fill("a-long-enough-password");
    await form.locator("#new-role").selectOption("TRANSLATOR");
    await form.locator("input[name=locales][value=ar]").check();
    await form.locator("button[type=submit]").click();
    await summaryShows(page, locale, ["new-email", "new-password"]);
    const again = page.locator("form", { has: page.locator("#new-name") });
    await expect(again.locator("#new-name")).toHaveValue("رنا الخوري");
    await expect(again.locator("#new-email")).toHaveValue(account("editor").email);
    await expect(again.locator("#new-role")).toHaveValue("TRANSLATOR");
    expect(await checkedValues(again.locator("input[name=locales]"))).toEqual(["ar"]);
    // The one thing not sent back, on purpose, and the form says so next to it.
    await expect(again.locator("#new-password")).toHaveValue("");
    await expect(again.locator("#new-password-error")).toHaveText(
      worded(locale, "Newsroom.users.errors.passwordAgain"),
    );
    if (javaScript) await followSummaryLink(page, "new-email");
    // The app's own validation in the page's language, never the browser's bubbles: a
    // malformed address and a short password reach the server and come back named.
    await again.locator("#new-email").fill("rana-at-example");
    await again.locator("#new-password").fill("short");
    await again.locator("button[type=submit]").click();
    await summaryShows(page, locale, ["new-email", "new-password"]);
    await expect(page.locator("#new-email")).toHaveValue("rana-at-example");
  },

  async "user-role"({ page, locale, javaScript }) {
    await signIn(page, "admin", locale);
    await page.goto(`/${locale}/newsroom/users`);
    // The only admin cannot become an editor: refused, and the choice stays on the row.
    const row = page.locator(`tr[data-email="${account("admin").email}"]`);
    await row.locator("select[name=role]").selectOption("EDITOR");
    await row.locator("input[name=locales][value=en]").check();
    await row.locator("form").first().locator("button[type=submit]").click();
    const roleId = await page
      .locator(`tr[data-email="${account("admin").email}"] select[name=role]`)
      .getAttribute("id");
    await summaryShows(page, locale, [roleId!]);
    const again = page.locator(`tr[data-email="${account("admin").email}"]`);
    await expect(again.locator("select[name=role]")).toHaveValue("EDITOR");
    expect(await checkedValues(again.locator("input[name=locales]"))).toEqual(["en"]);
    if (javaScript) await followSummaryLink(page, roleId!);
  },

  async correction({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    const storyId = await demoStoryId(bilingualStory);
    await page.goto(`/${locale}/newsroom/stories/${storyId}`);
    const field = `correction-${locale}-text`;
    const form = page.locator("form.correction-form").filter({ has: page.locator(`#${field}`) });
    // One character past the limit: refused whole, never cut.
    const note = `${"Note kept whole. ".repeat(59)}!`.slice(0, 1_001);
    await form.locator('input[name="kind"][value="update"]').check();
    await page.locator(`#${field}`).fill(note);
    if (javaScript) await expect(page.locator(`#${field}-count`)).toHaveClass(/char-count--over/);
    await form.locator("button[type=submit]").click();
    await summaryShows(page, locale, [field]);
    await expect(page.locator(`#${field}`)).toHaveValue(note);
    await expect(form.locator('input[name="kind"][value="update"]')).toBeChecked();
    if (javaScript) await followSummaryLink(page, field);
  },

  async profile({ page, locale, javaScript }) {
    await signIn(page, "translator.en", locale);
    await page.goto(`/${locale}/newsroom/account`);
    const form = page.locator("form.profile-form");
    // A direction mark hidden in one name, the other past its limit: both refused, never cut.
    const english = "Jad\u202E Khoury";
    const arabic = "خوري".repeat(31);
    await form.locator("#profile-name-en").fill(english);
    await form.locator("#profile-name-ar").fill(arabic);
    await form.locator('input[name="gender"][value="FEMININE"]').check();
    await form.locator("#profile-newsroomLocale").selectOption("ar");
    await form.locator('input[name="emailNotifications"]').setChecked(false);
    await form.locator("button[type=submit]").click();
    await summaryShows(page, locale, ["profile-name-en", "profile-name-ar"]);
    const again = page.locator("form.profile-form");
    await expect(again.locator("#profile-name-en")).toHaveValue(english);
    await expect(again.locator("#profile-name-ar")).toHaveValue(arabic);
    await expect(again.locator('input[name="gender"][value="FEMININE"]')).toBeChecked();
    await expect(again.locator("#profile-newsroomLocale")).toHaveValue("ar");
    await expect(again.locator('input[name="emailNotifications"]')).not.toBeChecked();
    if (javaScript) await followSummaryLink(page, "profile-name-ar");
  },

  async "live-entry"({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    await page.goto(`/${locale}/newsroom/stories/${await demoStoryId(demoStory("winter-storm-live"))}/live`);
    const form = page.locator("form.live-composer");
    // One character past the entry's limit: refused whole, never cut.
    const body = `${"Roads reopen slowly. ".repeat(240)}`.slice(0, 5_001);
    await form.locator("#composer-target").selectOption("en");
    await form.locator("#composer-title").fill("Kept title");
    await form.locator("#composer-body").fill(body);
    await form.locator("#composer-imageCaption").fill("Kept caption");
    await form.locator("#composer-imageAlt").fill("Kept alt text");
    // An image the pipeline accepts, on a form refused for its text: kept, not dropped.
    await form.locator("#composer-image").setInputFiles({
      name: "road.png",
      mimeType: "image/png",
      buffer: await pngBytes(320, 180),
    });
    await form.locator("button[type=submit]").click();
    await summaryShows(page, locale, ["composer-body"]);
    const again = page.locator("form.live-composer");
    await expect(again.locator("#composer-target")).toHaveValue("en");
    await expect(again.locator("#composer-title")).toHaveValue("Kept title");
    await expect(again.locator("#composer-body")).toHaveValue(body);
    await expect(again.locator("#composer-imageCaption")).toHaveValue("Kept caption");
    await expect(again.locator("#composer-imageAlt")).toHaveValue("Kept alt text");
    await expect(again.locator('input[name="keptImage"]')).toBeChecked();
    await expect(again.locator(".entry-image__preview")).toHaveAttribute("src", /^\/media\/[0-9a-f]{64}$/);
    if (javaScript) await followSummaryLink(page, "composer-body");

    // A file that is not an image: refused beside its field, with the text (now valid) kept.
    await again.locator("#composer-body").fill("Roads reopen slowly.");
    await again.locator("#composer-image").setInputFiles({
      name: "road.png",
      mimeType: "image/png",
      buffer: Buffer.from("<svg onload=alert(1)>"),
    });
    await again.locator("button[type=submit]").click();
    await summaryShows(page, locale, ["composer-image"]);
    await expect(page.locator("#composer-image-error")).toHaveText(
      createTranslator({ locale, messages: words[locale], namespace: "Newsroom.story.problem" })("imageType"),
    );
    const third = page.locator("form.live-composer");
    await expect(third.locator("#composer-title")).toHaveValue("Kept title");
    await expect(third.locator("#composer-body")).toHaveValue("Roads reopen slowly.");
    await expect(third.locator("#composer-imageCaption")).toHaveValue("Kept caption");
    // The image accepted before is still carried.
    await expect(third.locator('input[name="keptImage"]')).toBeChecked();
  },

  async "live-entry-version"({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    const storyId = await demoStoryId(demoStory("winter-storm-live"));
    // An entry not in English yet: its translation, refused for a control character.
    await page.goto(`/${locale}/newsroom/stories/${storyId}/live`);
    const t = createTranslator({ locale, messages: words[locale], namespace: "Newsroom" });
    const translate = t("live.translate", { language: t("locales.en") });
    const untranslated = page.locator(".desk-entry", { has: page.getByRole("link", { name: translate }) });
    const entryId = (await untranslated.first().getAttribute("id"))!.replace("desk-entry-", "");
    await page.goto(`/${locale}/newsroom/stories/${storyId}/live?edit=${entryId}&target=en`);
    const prefix = `entry-${entryId}-en`;
    const title = "Akkar villages\u0007 cut off";
    await page.locator(`#${prefix}-title`).fill(title);
    await page.locator(`#${prefix}-body`).fill("Municipalities asked the army to open roads.");
    await page
      .locator(`#${prefix}-body`)
      .locator("xpath=ancestor::form")
      .locator("button[value='0']")
      .click();
    await summaryShows(page, locale, [`${prefix}-title`]);
    await expect(page.locator(`#${prefix}-title`)).toHaveValue(title);
    await expect(page.locator(`#${prefix}-body`)).toHaveValue("Municipalities asked the army to open roads.");
    if (javaScript) await followSummaryLink(page, `${prefix}-title`);
  },

  async "key-points"({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    await page.goto(`/${locale}/newsroom/stories/${await demoStoryId(demoStory("winter-storm-live"))}/live`);
    const field = "key-points-ar";
    const points = `${"- نقطة مهمة تتكرر\n".repeat(120)}`.slice(0, 2_001);
    await page.locator(`#${field}`).fill(points);
    await page
      .locator("form.key-points-form")
      .filter({ has: page.locator(`#${field}`) })
      .locator("button[type=submit]")
      .click();
    await summaryShows(page, locale, [field]);
    await expect(page.locator(`#${field}`)).toHaveValue(points);
    if (javaScript) await followSummaryLink(page, field);
  },

  async banner({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    await page.goto(`/${locale}/newsroom/banner`);
    const form = page.locator(`#banner-form-${locale}`);
    const field = (name: string) => page.locator(`#banner-${name}-${locale}`);
    // Too long, a link that is no link, and a minute long past: all three come back as typed.
    const text = "عاجل: العاصفة تبلغ الساحل ".repeat(6);
    await form.locator(`#banner-text-${locale}`).fill(text);
    await form.locator(`#banner-link-${locale}`).fill("javascript:alert(1)");
    await form.locator(`#banner-date-${locale}`).fill("2020-01-02");
    await form.locator(`#banner-time-${locale}`).fill("10:07");
    await form.locator("button[type=submit]").click();
    await summaryShows(page, locale, [
      `banner-text-${locale}`,
      `banner-link-${locale}`,
      `banner-date-${locale}`,
    ]);
    await expect(field("text")).toHaveValue(text);
    await expect(field("link")).toHaveValue("javascript:alert(1)");
    await expect(field("date")).toHaveValue("2020-01-02");
    await expect(field("time")).toHaveValue("10:07");
    if (javaScript) await followSummaryLink(page, `banner-link-${locale}`);
  },

  async "opinion-disclaimer"({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    await page.goto(`/${locale}/newsroom/opinion-disclaimer`);
    const field = `opinion-disclaimer-${locale}`;
    // Two paragraphs where one is allowed: refused, and the text comes back as typed.
    const text =
      locale === "ar" ? "الآراء لكتّابها.\nوالموقع لا يتبنّاها." : "Views are the writers' own.\nNot ours.";
    await page.locator(`#${field}`).fill(text);
    await page
      .locator("form")
      .filter({ has: page.locator(`#${field}`) })
      .locator("button[type=submit]")
      .click();
    await summaryShows(page, locale, [field]);
    await expect(page.locator(`#${field}`)).toHaveValue(text);
    if (javaScript) await followSummaryLink(page, field);
  },

  async "gallery-upload"({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    const storyId = await demoStoryId(bilingualStory);
    await page.goto(`/${locale}/newsroom/stories/${storyId}/gallery`);
    // A file that is no image: refused by the file field, every typed word kept.
    await page
      .locator("#gallery-upload")
      .setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("not a picture") });
    const typed = {
      "gallery-credit": locale === "ar" ? "تصوير: أ ف ب" : "Photo: AFP",
      "gallery-alt-en": "Fishing boats in the harbour",
      "gallery-caption-en": "Boats back in port after the storm.",
      "gallery-alt-ar": "قوارب صيد في المرفأ",
      "gallery-caption-ar": "القوارب تعود إلى المرفأ بعد العاصفة.",
    };
    for (const [field, value] of Object.entries(typed)) await page.locator(`#${field}`).fill(value);
    await page.locator("#gallery-upload-title + form button[type=submit]").click();
    await summaryShows(page, locale, ["gallery-upload"]);
    for (const [field, value] of Object.entries(typed))
      await expect(page.locator(`#${field}`)).toHaveValue(value);
    if (javaScript) await followSummaryLink(page, "gallery-upload");
  },

  async "gallery-words"({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    const storyId = await demoStoryId(bilingualStory);
    await page.goto(`/${locale}/newsroom/stories/${storyId}/gallery`);
    if ((await page.locator(".gallery-desk__item").count()) === 0) {
      await page
        .locator("#gallery-upload")
        .setInputFiles({ name: "harbour.png", mimeType: "image/png", buffer: await pngBytes(64, 48) });
      await page.locator("#gallery-credit").fill("Photo: AFP");
      await page.locator(`#gallery-alt-${locale}`).fill(locale === "ar" ? "قوارب" : "Boats");
      await page.locator("#gallery-upload-title + form button[type=submit]").click();
      await expect(page.locator(".gallery-desk__item")).not.toHaveCount(0);
    }
    const item = page.locator(".gallery-desk__item").first();
    const imageId = (await item.getAttribute("id"))!.replace("gallery-image-", "");
    const field = `gallery-${imageId}-${locale}-caption`;
    // Past the caption's limit (only a crafted post gets past maxlength): refused, kept as typed.
    const caption = (locale === "ar" ? "قارب " : "boat ").repeat(70).trim();
    await page.locator(`#${field}`).evaluate((area) => area.removeAttribute("maxlength"));
    await page.locator(`#${field}`).fill(caption);
    await page.locator(`#gallery-${imageId}-${locale}-credit`).fill("Photo: Reuters");
    await page
      .locator("form")
      .filter({ has: page.locator(`#${field}`) })
      .locator("button[type=submit]")
      .click();
    await summaryShows(page, locale, [field]);
    await expect(page.locator(`#${field}`)).toHaveValue(caption);
    await expect(page.locator(`#gallery-${imageId}-${locale}-credit`)).toHaveValue("Photo: Reuters");
    if (javaScript) await followSummaryLink(page, field);
  },

  async "search-dates"({ page, locale, javaScript }) {
    // On a phone, where the filters are folded until the reader opens them.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${locale}/search`);
    const digits = (text: string) =>
      locale === "ar" ? text.replace(/\d/g, (digit) => "٠١٢٣٤٥٦٧٨٩"[Number(digit)]!) : text;
    const query = locale === "ar" ? "مرفأ بيروت -النفط" : '"port of beirut" -oil';
    await page.locator("#search-query").fill(query);
    // Closes the suggestions, if any, which would cover the filters.
    await page.locator("#search-query").press("Escape");
    await page.locator(".search-filters summary").click();
    await page.locator("#search-section").selectOption({ index: 2 });
    const section = await page.locator("#search-section").inputValue();
    await page.locator("#search-sort").selectOption("newest");
    // A start without its month, and 31 February as the end.
    await page.locator("#search-from-day").fill(digits("5"));
    await page.locator("#search-from-year").fill(digits("2026"));
    await page.locator("#search-to-day").fill(digits("31"));
    await page.locator("#search-to-month").selectOption("2");
    await page.locator("#search-to-year").fill(digits("2026"));
    await page.locator(".search-filters button").click();
    await summaryShows(page, locale, ["search-from-day", "search-to-day"]);
    await expect(page.locator("#search-query")).toHaveValue(query);
    await expect(page.locator("#search-section")).toHaveValue(section);
    await expect(page.locator("#search-sort")).toHaveValue("newest");
    // Numbers come back in the page's digits (Latin unless ARABIC_DIGITS=arab), as numbers.
    const asTyped = async (id: string) =>
      (await page.locator(`#${id}`).inputValue()).replace(/[٠-٩]/g, (digit) =>
        String("٠١٢٣٤٥٦٧٨٩".indexOf(digit)),
      );
    expect(await asTyped("search-from-day")).toBe("5");
    await expect(page.locator("#search-from-month")).toHaveValue("");
    expect(await asTyped("search-from-year")).toBe("2026");
    expect(await asTyped("search-to-day")).toBe("31");
    await expect(page.locator("#search-to-month")).toHaveValue("2");
    expect(await asTyped("search-to-year")).toBe("2026");
    if (javaScript) await followSummaryLink(page, "search-to-day");
  },

  async schedule({ page, locale, javaScript }) {
    await signIn(page, "editor", locale);
    const storyId = await demoStoryId(bilingualStory);
    await page.goto(`/${locale}/newsroom/stories/${storyId}`);
    const form = page.locator(`#schedule-${locale}`);
    // A minute long past: refused, with the change, date and time chosen kept.
    await form.locator(`#schedule-step-${locale}`).selectOption("unpublish");
    await form.locator(`#schedule-date-${locale}`).fill("2020-01-02");
    await form.locator(`#schedule-time-${locale}`).fill("10:07");
    await form.locator("button[type=submit]").click();
    await summaryShows(page, locale, [`schedule-date-${locale}`]);
    if (!javaScript) expect(new URL(page.url()).hash).toBe("#error-summary");
    await expect(page.locator(`#schedule-step-${locale}`)).toHaveValue("unpublish");
    await expect(page.locator(`#schedule-date-${locale}`)).toHaveValue("2020-01-02");
    await expect(page.locator(`#schedule-time-${locale}`)).toHaveValue("10:07");
    if (javaScript) await followSummaryLink(page, `schedule-date-${locale}`);
  },
};

async function withoutJavaScript(browser: Browser, locale: Locale, journey: FormJourney): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await journeys[journey]({ page: await context.newPage(), locale, javaScript: false });
  } finally {
    await context.close();
  }
}

test.describe("nothing typed is lost", () => {
  for (const { journey, withoutJavaScript: plain } of JOURNEYS) {
    for (const locale of ["en", "ar"] as const) {
      test(`${journey} (${locale}): every value survives a refusal, with a focused error summary`, async ({
        page,
      }) => {
        await journeys[journey]({ page, locale, javaScript: true });
      });
      if (plain) {
        test(`${journey} (${locale}, no JavaScript): every value survives a refusal`, async ({ browser }) => {
          await withoutJavaScript(browser, locale, journey);
        });
      }
    }
  }
});
