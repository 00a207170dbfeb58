import { expect, test } from "@playwright/test";
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { signIn } from "./newsroom-helpers";

// Issue 23: ending the coverage, in both languages, with JavaScript on and
// off. Each run starts its own live page through the newsroom (the demo's
// stays as seeded for the other specs), posts an entry, ends the coverage
// after ticking the box, and checks the desk, the page, the lists and the
// structured data.

const messages = { en, ar };

for (const locale of ["en", "ar"] as const) {
  for (const javaScript of [true, false]) {
    test(`(${locale}, JavaScript ${javaScript ? "on" : "off"}) ending the coverage keeps the page as an archive, with its end time, and drops the Live badge`, async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      const t = createTranslator({ locale, messages: messages[locale], namespace: "Newsroom" });
      const tLive = createTranslator({ locale, messages: messages[locale], namespace: "Live" });
      const context = await browser.newContext({ javaScriptEnabled: javaScript });
      const page = await context.newPage();
      await signIn(page, "editor", locale);

      // A live story in this language, created and published through the newsroom.
      const name = `${locale}-${javaScript ? "js" : "nojs"}-${Date.now()}`;
      const headline = locale === "en" ? `Live: the vote (${name})` : `مباشر: التصويت (${name})`;
      const slug = `live-end-${name}`;
      await page.goto(`/${locale}/newsroom/stories/new`);
      await page.locator("#kind").selectOption("live");
      await page.locator("#sourceLocale").selectOption(locale);
      await page.locator("#headline").fill(headline);
      await page.locator("#slug").fill(slug);
      await page
        .locator("#dek")
        .fill(locale === "en" ? "Updates as the vote goes on." : "تحديثات مع سير التصويت.");
      await page.locator("#body").fill(locale === "en" ? "Parliament votes today." : "يصوّت البرلمان اليوم.");
      await page.locator("form.newsroom-form button[type=submit]").click();
      await expect(page).toHaveURL(/\/newsroom\/stories\/\d+$/);
      const storyId = Number(/stories\/(\d+)$/.exec(page.url())![1]);
      await page
        .locator(`tr[data-locale="${locale}"]`)
        .getByRole("button", { name: t("story.steps.publish") })
        .click();
      await expect(page.locator(".form-notice")).toBeVisible();

      // An entry posted from the desk; the lists call the page live.
      const desk = `/${locale}/newsroom/stories/${storyId}/live`;
      await page.goto(desk);
      const body = locale === "en" ? `The count begins (${name}).` : `بدأ فرز الأصوات (${name}).`;
      await page.locator("#composer-body").fill(body);
      await page.getByRole("button", { name: t("live.post") }).click();
      await expect(page.locator(".desk-entry", { hasText: body })).toBeVisible();
      const reader = await (await browser.newContext({ javaScriptEnabled: javaScript })).newPage();
      const livePage = `/${locale}/story/${slug}`;
      await reader.goto(`/${locale}`);
      const card = reader.locator(".story-card", { hasText: headline });
      await expect(card.locator(".live-badge")).toHaveText(tLive("badge"));

      // Ended, after ticking the box: no composer, an archive.
      await page.goto(desk);
      await page.getByLabel(t("live.endConfirm")).check();
      await page.getByRole("button", { name: t("live.end") }).click();
      await expect(page.locator(".form-notice")).toHaveText(t("live.done.ended"));
      await expect(page.locator("form.live-composer")).toHaveCount(0);
      await expect(page.locator(".live-desk__ended time")).toHaveCount(1);

      await reader.goto(livePage);
      const ended = reader.locator(".live__ended");
      await expect(ended).toContainText(tLive("ended"));
      const endTime = await ended.locator("time").getAttribute("datetime");
      expect(Date.parse(endTime!)).toBeGreaterThan(Date.now() - 5 * 60_000);
      await expect(reader.locator(".live-entry", { hasText: body })).toBeVisible();
      await expect(reader.locator(".story__header .live-badge")).toHaveCount(0);
      const data = (await reader.locator('script[type="application/ld+json"]').allTextContents()).map(
        (text) => JSON.parse(text) as Record<string, unknown>,
      );
      const posting = data
        .flatMap((item) => (Array.isArray(item["@graph"]) ? item["@graph"] : [item]))
        .find((item: Record<string, unknown>) => item["@type"] === "LiveBlogPosting") as
        Record<string, unknown> | undefined;
      expect(posting?.coverageEndTime).toBeTruthy();
      expect(Date.parse(String(posting!.coverageEndTime))).toBe(Date.parse(endTime!));

      await reader.goto(`/${locale}`);
      await expect(card).toBeVisible();
      await expect(card.locator(".live-badge")).toHaveCount(0);

      // Withdrawn again, so the reading specs that follow find the front page as seeded.
      await page.goto(`/${locale}/newsroom/stories/${storyId}`);
      await page
        .locator(`tr[data-locale="${locale}"]`)
        .getByRole("button", { name: t("story.steps.unpublish") })
        .click();
      await page.getByRole("button", { name: t("story.confirmUnpublish.yes") }).click();
      await expect(page.locator(".form-notice")).toBeVisible();
      await reader.goto(`/${locale}`);
      await expect(card).toHaveCount(0);
      await context.close();
    });
  }
}
