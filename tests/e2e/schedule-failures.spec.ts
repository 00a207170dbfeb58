import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, unpublishVersion } from "./newsroom-helpers";
import { nextMinute, scheduleOnOverview } from "./support/schedule-minute";

// Nothing a schedule does fails silently: what could not run at its minute is
// refused when it is made, and what fails at its minute stays on the
// newsroom's home and the story's overview until someone dismisses it.

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations.map((violation) => `${page.url()}: ${violation.id}`);
}

test("an impossible schedule is refused when made; one that fails at its minute leaves a notice until dismissed", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "editor", "ar");
  await page.goto("/ar/newsroom/stories/new");
  await page.locator("#sourceLocale").selectOption("en");
  await page.locator("#headline").fill("Harbour ferry timetable changes");
  await page.locator("#dek").fill("Boats to Jounieh leave earlier from Monday.");
  await page.locator("#body").fill("The first boat now leaves at six.");
  await page.locator("form.newsroom-form button[type=submit]").click();
  await expect(page).toHaveURL(/\/newsroom\/stories\/\d+$/);
  const overview = page.url();

  // A draft cannot be unpublished at any minute: refused now, saying why, with what was chosen kept.
  const minute = nextMinute();
  const form = page.locator("#schedule-en");
  await form.locator("select[name=step]").selectOption("unpublish");
  await form.locator("input[name=date]").fill(minute.date);
  await form.locator("input[name=time]").fill(minute.time);
  await form.locator("button[type=submit]").click();
  await expect(page.locator("#schedule-error-en")).toHaveText(
    "لن تكون هذه النسخة منشورة في ذلك الموعد، فلا يمكن إلغاء نشرها حينها. اختر موعدًا بعد نشرها.",
  );
  await expect(form.locator("input[name=time]")).toHaveValue(minute.time);

  // A publish at the next minute is accepted; then the story is published by hand before it,
  // so at its minute there is nothing left to publish.
  const due = nextMinute();
  await scheduleOnOverview(page, "en", { step: "publish", date: due.date, time: due.time });
  await page.locator('tr[data-locale="en"]').getByRole("button", { name: "نشر" }).click();
  await expect(page.locator(".form-notice")).toBeVisible();

  const notice = page.locator(".schedule-failures li");
  await expect(async () => {
    await page.goto(overview);
    await expect(notice).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 120_000, intervals: [5_000] });
  await expect(notice).toContainText("لم يتمّ نشر النسخة الإنكليزية");
  await expect(notice).toContainText("لم تعد حال النسخة تسمح به");
  expect(await axeViolations(page)).toEqual([]);

  // The same notice waits on the newsroom home, in either language, until dismissed there.
  await page.goto("/en/newsroom");
  const onHome = page.locator(".schedule-failures li", { hasText: "Harbour ferry timetable changes" });
  await expect(onHome).toContainText(
    "The publishing of the English version of Harbour ferry timetable changes",
  );
  await onHome.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.locator(".form-notice")).toHaveText("Notice dismissed.");
  await expect(onHome).toHaveCount(0);
  await page.goto(overview);
  await expect(notice).toHaveCount(0);

  // Taken back to a draft, so the specs that count published stories (sitemaps, feeds) find only the demo's.
  await page.goto(overview.replace("/ar/", "/en/"));
  await unpublishVersion(page, "en");
});
