import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import sharp from "sharp";
import { messageFormats } from "@/i18n/message-formats";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { demoStory, storyUrl } from "./demo-stories";
import { signIn } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";
import { queryE2eDatabase } from "./support/e2e-database";

// Issue 26, galleries: an editor builds a story's gallery in the newsroom
// (upload with credit, order, captions per language); readers get a plain
// list of figures without JavaScript and a carousel with it (buttons, arrow
// keys that follow the reading direction, a sideways scroll or swipe, a
// counter); a picture line in the body shows as a captioned, credited figure.

type Locale = "en" | "ar";
const story = demoStory("port-tender-analysis");
const words = (locale: Locale) =>
  createTranslator({ locale, messages: { en, ar }[locale], formats: messageFormats(locale, "latn") });
const position = (locale: Locale, n: number, total: number) =>
  words(locale)("Story.gallery.position", { position: n, total });

const SHADES = [30, 120, 210];
const png = (shade: number) =>
  sharp({ create: { width: 640, height: 360, channels: 3, background: { r: shade, g: 90, b: 60 } } })
    .png()
    .toBuffer();

const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();

test.describe.configure({ mode: "serial" });

test("an editor builds a three-picture gallery, orders and words it; readers see it in both languages", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const storyId = await demoStoryId(story);
  // A rerun against the same database starts from an empty gallery.
  await queryE2eDatabase(`DELETE FROM "StoryGalleryImage" WHERE "storyId" = $1`, [storyId]);
  await signIn(page, "editor", "en");
  const desk = `/en/newsroom/stories/${storyId}/gallery`;
  await page.goto(`/en/newsroom/stories/${storyId}`);
  await page.getByRole("link", { name: en.Newsroom.gallery.link }).click();
  await expect(page).toHaveURL(new RegExp(`${desk}$`));
  for (const [index, shade] of SHADES.entries()) {
    await page.locator("#gallery-upload").setInputFiles({
      name: `harbour-${index + 1}.png`,
      mimeType: "image/png",
      buffer: await png(shade),
    });
    await page.locator("#gallery-credit").fill(`Agency ${index + 1}`);
    await page.locator("#gallery-alt-en").fill(`Harbour view ${index + 1}`);
    await page.locator("#gallery-caption-en").fill(`Caption one-${index + 1}`);
    await page.locator("#gallery-alt-ar").fill(`منظر المرفأ ${index + 1}`);
    await page.locator("#gallery-caption-ar").fill(`تعليق رقم ${index + 1}`);
    await page.locator("#gallery-upload-title + form button[type=submit]").click();
    await expect(page.locator(".gallery-desk__item")).toHaveCount(index + 1);
    await expect(page.locator("p[role=status]")).toHaveText(en.Newsroom.gallery.done.added);
  }
  const items = page.locator(".gallery-desk__item");
  const order = () =>
    items
      .locator(".gallery-desk__picture img")
      .evaluateAll((images) =>
        images.map((image) => image.getAttribute("alt")?.replace("Harbour view ", "")),
      );
  const move = async (index: number, direction: "earlier" | "later", then: string[]) => {
    await items.nth(index).getByRole("button", { name: en.Newsroom.gallery.image[direction] }).click();
    await expect.poll(order).toEqual(then);
  };

  // The third picture moves to the front, with plain form buttons.
  await move(2, "earlier", ["1", "3", "2"]);
  await move(1, "earlier", ["3", "1", "2"]);

  // The Arabic credit of the first picture, worded by the Arabic desk.
  const firstId = (await items.first().getAttribute("id"))!.replace("gallery-image-", "");
  await page.locator(`#gallery-${firstId}-ar-credit`).fill("وكالة ٣");
  await page
    .locator("form")
    .filter({ has: page.locator(`#gallery-${firstId}-ar-credit`) })
    .locator("button[type=submit]")
    .click();
  await expect(page.locator("p[role=status]").first()).toHaveText(en.Newsroom.gallery.done.words);

  // The first picture's line goes into the English body (as pasted from the desk).
  const line = await page.locator(`#gallery-line-${firstId}`).inputValue();
  expect(line).toMatch(/^!\[Harbour view 3\]\(\/media\/[0-9a-f]{64} "Caption one-3"\)$/);
  await queryE2eDatabase(
    `UPDATE "StoryTranslation" SET "body" = "body" || $1 WHERE "storyId" = $2 AND "locale" = 'en'`,
    [`\n\n${line}\n`, storyId],
  );
  // Any gallery change expires the story's pages: this one puts it back in place.
  await move(0, "later", ["1", "3", "2"]);
  await move(1, "earlier", ["3", "1", "2"]);
  expect(await axe(page).then((r) => r.violations)).toEqual([]);
  await page.goto(`/ar/newsroom/stories/${storyId}/gallery`);
  await expect(page.locator(".gallery-desk__item")).toHaveCount(3);
  expect(await axe(page).then((r) => r.violations)).toEqual([]);

  for (const locale of ["en", "ar"] as const) {
    // axe needs a page made from a context of its own.
    const context = await browser.newContext();
    const reader = await context.newPage();
    await reader.goto(storyUrl(story, locale));
    const gallery = reader.locator(".story-gallery");
    await expect(gallery.locator("h2")).toHaveText(words(locale)("Story.gallery.title"));
    const counter = gallery.locator(".gallery-carousel__counter");
    await expect(counter).toHaveText(position(locale, 1, 3));
    await expect(gallery.locator("[aria-roledescription]").first()).toHaveAttribute(
      "aria-roledescription",
      words(locale)("Story.gallery.carousel"),
    );
    const captions = gallery.locator("figcaption");
    await expect(captions.first()).toContainText(locale === "en" ? "Caption one-3" : "تعليق رقم 3");
    await expect(captions.first().locator(".picture-caption__credit")).toHaveText(
      locale === "en" ? "Photo: Agency 3" : "تصوير: وكالة ٣",
    );
    await expect(captions.first().locator("bdi")).toHaveText(locale === "en" ? "Agency 3" : "وكالة ٣");
    // Only the first picture is fetched at once.
    await expect(gallery.locator("img").nth(1)).toHaveAttribute("loading", "lazy");
    await expect(gallery.locator("img").first()).toHaveAttribute("loading", "eager");

    // Arrow keys follow the reading direction: in Arabic the next picture lies to the left.
    const list = gallery.locator("ol");
    await list.focus();
    await reader.keyboard.press(locale === "en" ? "ArrowRight" : "ArrowLeft");
    await expect(counter).toHaveText(position(locale, 2, 3));
    await reader.keyboard.press(locale === "en" ? "ArrowLeft" : "ArrowRight");
    await expect(counter).toHaveText(position(locale, 1, 3));
    await gallery.getByRole("button", { name: words(locale)("Story.gallery.next") }).click();
    await expect(counter).toHaveText(position(locale, 2, 3));

    // A swipe is a sideways scroll of the row: two pictures on, the counter follows.
    await list.evaluate(
      (row, rtl) => row.scrollTo({ left: (rtl ? -2 : 2) * row.clientWidth }),
      locale === "ar",
    );
    await expect(counter).toHaveText(position(locale, 3, 3));

    if (locale === "en") {
      const figure = reader.locator(".story-body figure.body-figure");
      await expect(figure.locator("img")).toHaveAttribute("alt", "Harbour view 3");
      await expect(figure.locator("figcaption")).toContainText("Caption one-3");
      await expect(figure.locator("figcaption .picture-caption__credit")).toHaveText("Photo: Agency 3");
      await expect(figure.locator("source[type='image/avif']")).toHaveAttribute(
        "srcset",
        /\/media\/[0-9a-f]{64}\/\d+\.avif/,
      );
    }
    expect(await axe(reader).then((r) => r.violations)).toEqual([]);
    await context.close();
  }

  // Without JavaScript: a plain list with every picture, no carousel controls.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  for (const locale of ["en", "ar"] as const) {
    const reader = await plain.newPage();
    await reader.goto(storyUrl(story, locale));
    const gallery = reader.locator(".story-gallery");
    await expect(gallery.locator("ol > li > figure")).toHaveCount(3);
    await expect(gallery.locator("ol > li > figure").nth(2)).toBeVisible();
    await expect(gallery.locator(".gallery-carousel__controls")).toHaveCount(0);
    await expect(gallery.locator("[aria-roledescription]")).toHaveCount(0);
    await reader.close();
  }
  await plain.close();
});
