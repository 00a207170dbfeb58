import { expect, test, type Browser, type Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import sharp from "sharp";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { signIn, type DemoRole } from "./newsroom-helpers";
import { livePageUrl, seedLiveStory, withdrawLiveStory } from "./support/live-story";

// Issue 23: a live page's entries in the translation desk, and their images.
// An editor posts in one language; the other language's translator finds
// the entry in the queue and the inbox, opens it from there and saves a
// draft; an editor publishes it, and it shows on that language's live page.

type Locale = "en" | "ar";
const words = (locale: Locale) =>
  createTranslator({ locale, messages: { en, ar }[locale], namespace: "Newsroom" });
const withdrawWords = (t: ReturnType<typeof words>) => ({
  unpublish: t("story.steps.unpublish"),
  confirm: t("story.confirmUnpublish.yes"),
});
const other = (locale: Locale): Locale => (locale === "en" ? "ar" : "en");

async function as(browser: Browser, role: DemoRole, locale: Locale): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role, locale);
  return page;
}

const TEXT = {
  en: { title: "Parliament passes the budget", body: "The budget passed with 71 votes of 128." },
  ar: { title: "البرلمان يقرّ الموازنة", body: "أُقرّت الموازنة بأصوات ٧١ نائبًا من أصل ١٢٨." },
};

for (const source of ["ar", "en"] as const) {
  const target = other(source);
  test(`(${source} newsroom) an entry posted in ${source} reaches the ${target} translator through the queue and the inbox, and the ${target} page once published`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const t = words(source);
    const story = await seedLiveStory(`desk-${source}-${Date.now()}`, source);
    const desk = `/${source}/newsroom/stories/${story.id}/live`;

    const editor = await as(browser, "editor", source);
    await editor.goto(desk);
    await editor.locator("#composer-target").selectOption(source);
    await editor.locator("#composer-title").fill(TEXT[source].title);
    await editor.locator("#composer-body").fill(TEXT[source].body);
    await editor.getByRole("button", { name: t("live.post") }).click();
    const item = editor.locator(".desk-entry", { hasText: TEXT[source].title });
    await expect(item).toBeVisible();
    const entryId = (await item.getAttribute("id"))!.replace("desk-entry-", "");

    // The translator's queue: one row for the live page, its entry waiting.
    const translator = await as(browser, `translator.${target}`, source);
    await translator.goto(`/${source}/newsroom/queue`);
    const row = translator.locator(
      `[data-queue="${target}"] tr[data-story-id="${story.id}"][data-state="live"]`,
    );
    await expect(row).toContainText(t("desk.liveWaiting", { count: 1 }));
    await expect(row.locator("a").first()).toHaveAttribute(
      "href",
      `${desk}?edit=${entryId}&target=${target}#desk-entry-${entryId}`,
    );

    // The inbox tells it too, and opens the entry's translation form.
    await translator.goto(`/${source}/newsroom/inbox`);
    const told = translator.locator(`li[data-kind="live_entry_posted"][data-story-id="${story.id}"]`);
    await expect(told).toHaveClass(/inbox__item--unread/);
    await told.locator("a").first().click();
    const prefix = `entry-${entryId}-${target}`;
    await expect(translator).toHaveURL(new RegExp(`edit=${entryId}&target=${target}#desk-entry-${entryId}$`));
    await translator.locator(`#${prefix}-title`).fill(TEXT[target].title);
    await translator.locator(`#${prefix}-body`).fill(TEXT[target].body);
    await translator.getByRole("button", { name: t("live.saveDraft") }).click();
    await expect(translator.locator(`#desk-entry-${entryId}`)).toContainText(t("live.statuses.DRAFT"));
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(livePageUrl(story, target));
    await expect(reader.locator(`#entry-${entryId}`)).toHaveCount(0);

    // An editor publishes it: on the other language's page, out of the queue.
    await editor.goto(`${desk}?edit=${entryId}&target=${target}`);
    await editor.getByRole("button", { name: t("live.publish"), exact: true }).click();
    await expect(editor.locator(".form-notice")).toHaveText(t("live.done.saved"));
    await reader.goto(livePageUrl(story, target));
    await expect(reader.locator(`#entry-${entryId}`)).toContainText(TEXT[target].title);
    await translator.goto(`/${source}/newsroom/queue`);
    await expect(row).toHaveCount(0);
    await withdrawLiveStory(editor, story, withdrawWords(t), source);
  });

  test(`(${source} newsroom) an entry posted with an image shows it, with its caption, on the live page`, async ({
    browser,
  }) => {
    const t = words(source);
    const story = await seedLiveStory(`image-${source}-${Date.now()}`, source);
    const editor = await as(browser, "editor", source);
    await editor.goto(`/${source}/newsroom/stories/${story.id}/live`);
    await editor.locator("#composer-target").selectOption(source);
    await editor.locator("#composer-body").fill(TEXT[source].body);
    const caption = source === "en" ? "Members leave the chamber." : "النواب يغادرون القاعة.";
    await editor.locator("#composer-image").setInputFiles({
      name: "chamber.jpg",
      mimeType: "image/jpeg",
      buffer: await sharp({ create: { width: 1200, height: 675, channels: 3, background: "#556677" } })
        .jpeg()
        .toBuffer(),
    });
    await editor.locator("#composer-imageCaption").fill(caption);
    await editor
      .locator("#composer-imageAlt")
      .fill(source === "en" ? "The chamber, emptying." : "القاعة تفرغ.");
    await editor.getByRole("button", { name: t("live.post") }).click();
    await expect(editor.locator(".live-composer__status")).not.toHaveText("");
    await expect(editor.locator("#composer-imageCaption")).toHaveValue("");

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(livePageUrl(story, source));
    const figure = reader.locator(".live-entry .live-entry__figure").first();
    await expect(figure.locator("figcaption")).toHaveText(caption);
    const image = figure.locator("img");
    await expect(image).toHaveAttribute("alt", source === "en" ? "The chamber, emptying." : "القاعة تفرغ.");
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await withdrawLiveStory(editor, story, withdrawWords(t), source);
  });
}
