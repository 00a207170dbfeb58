import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoStory, storyUrl } from "./demo-stories";
import { signIn, unpublishVersion } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";
import { queryE2eDatabase } from "./support/e2e-database";
import { nextMinute, scheduleOnOverview } from "./support/schedule-minute";
import type { SeedStory } from "@/prisma/content/types";

// Stories no other spec changes. Each journey leaves them published again.
const arabicEmbargo = demoStory("deposit-recovery-law");
const englishEmbargo = demoStory("cabinet-electricity-plan");
const cancelled = demoStory("tripoli-bus-line");

const LEVANTINE_MONTHS = [
  "كانون الثاني",
  "شباط",
  "آذار",
  "نيسان",
  "أيار",
  "حزيران",
  "تموز",
  "آب",
  "أيلول",
  "تشرين الأول",
  "تشرين الثاني",
  "كانون الأول",
];

async function editorPage(browser: Browser, locale: "en" | "ar") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "editor", locale);
  return { page, close: () => context.close() };
}

/** Takes a language version back to a draft from the story overview, as an editor would before an embargo. */
async function unpublishNow(page: Page, uiLocale: "en" | "ar", storyId: number, target: "en" | "ar") {
  await page.goto(`/${uiLocale}/newsroom/stories/${storyId}`);
  await unpublishVersion(page, target);
  await expect(page.locator(`tr[data-locale="${target}"] .badge`)).toHaveAttribute("data-state", "DRAFT");
}

/** What a visitor (no newsroom session) can find of a version. */
async function visitorSees(page: Page, story: SeedStory, locale: "en" | "ar", storyId: number) {
  const version = story.translations[locale]!;
  const encodedSlug = encodeURIComponent(version.slug);
  const text = async (path: string) => (await page.request.get(path)).text();
  const preview = await page.request.get(`/${locale}/preview/${storyId}`, { maxRedirects: 0 });
  return {
    page: (await page.request.get(storyUrl(story, locale))).status(),
    preview: preview.status() === 200,
    feed: (await text(`/${locale}/feed.xml`)).includes(encodedSlug),
    sitemap: (await text(`/sitemaps/${locale}-1.xml`)).includes(encodedSlug),
    search: (await text(`/${locale}/search?q=${encodeURIComponent(version.headline)}`)).includes(encodedSlug),
  };
}

test("scheduled in either newsroom language, an embargoed version stays hidden until its minute, then goes live once", async ({
  browser,
  page: visitor,
}) => {
  test.setTimeout(180_000);
  const arabicId = await demoStoryId(arabicEmbargo);
  const englishId = await demoStoryId(englishEmbargo);
  const english = await editorPage(browser, "en");
  const arabic = await editorPage(browser, "ar");
  await unpublishNow(english.page, "en", arabicId, "ar");
  await unpublishNow(arabic.page, "ar", englishId, "en");

  // Both for the same minute, so the two journeys wait together.
  const minute = nextMinute();
  await scheduleOnOverview(english.page, "ar", { step: "publish", ...minute });
  await scheduleOnOverview(arabic.page, "en", { step: "publish", ...minute });
  const englishPending = english.page.locator(`.schedule-pending tr[data-locale="ar"]`);
  await expect(englishPending).toContainText("Publish");
  await expect(englishPending.locator("time")).toHaveAttribute("dateTime", minute.runAt.toISOString());
  const arabicPending = arabic.page.locator(`.schedule-pending tr[data-locale="en"]`);
  await expect(arabicPending).toContainText("نشر");
  await expect(arabicPending.locator("time")).toHaveAttribute("dateTime", minute.runAt.toISOString());
  await expect(arabic.page.locator("#schedule")).toHaveText("التغييرات المُجدولة");

  // Embargoed: the page, its preview link, the feed, the sitemap and search know nothing of it.
  const hidden = { page: 404, preview: false, feed: false, sitemap: false, search: false };
  expect(await visitorSees(visitor, arabicEmbargo, "ar", arabicId)).toEqual(hidden);
  expect(await visitorSees(visitor, englishEmbargo, "en", englishId)).toEqual(hidden);

  // Live within 60 s of the minute, with the lists, feed, sitemap and search expired as by hand.
  const live = { page: 200, preview: false, feed: true, sitemap: true, search: true };
  const deadline = { timeout: minute.runAt.getTime() + 60_000 - Date.now(), intervals: [1_000] };
  await expect.poll(() => visitorSees(visitor, arabicEmbargo, "ar", arabicId), deadline).toEqual(live);
  await expect.poll(() => visitorSees(visitor, englishEmbargo, "en", englishId), deadline).toEqual(live);

  const entries = await queryE2eDatabase<{
    subject: string;
    details: Record<string, unknown>;
    email: string;
  }>(
    `SELECT a."subject", a."details", u."email" FROM "AuditEntry" a JOIN "User" u ON u."id" = a."actorId"
     WHERE a."action" = 'translation.publish' AND a."subject" = ANY($1) AND a."details"->>'scheduler' IS NOT NULL`,
    [[`story:${arabicId}/ar`, `story:${englishId}/en`]],
  );
  expect(entries.map((entry) => entry.subject).sort()).toEqual(
    [`story:${arabicId}/ar`, `story:${englishId}/en`].sort(),
  );
  for (const entry of entries) {
    expect(entry.email).toBe("editor@example.com");
    expect(entry.details).toMatchObject({ scheduler: "job-queue", runAt: minute.runAt.toISOString() });
  }

  // The newsroom shows it published, nothing left pending.
  await arabic.page.reload();
  await expect(arabic.page.locator(`tr[data-locale="en"] .badge`)).toHaveAttribute("data-state", "PUBLISHED");
  await expect(arabic.page.locator(".schedule-pending")).toHaveCount(0);
  await english.close();
  await arabic.close();
});

for (const uiLocale of ["en", "ar"] as const) {
  test(`in the ${uiLocale} newsroom, a schedule shows its date in the newsroom's months, keeps a refused entry and can be cancelled`, async ({
    page,
  }) => {
    const storyId = await demoStoryId(cancelled);
    await signIn(page, "editor", uiLocale);
    await page.goto(`/${uiLocale}/newsroom/stories/${storyId}`);
    const form = page.locator("#schedule-ar");

    // A minute already past is refused next to the fields, with what was typed kept.
    await form.locator("select[name=step]").selectOption("unpublish");
    await form.locator("input[name=date]").fill("2020-09-09");
    await form.locator("input[name=time]").fill("11:15");
    await form.locator("button[type=submit]").click();
    await expect(page.locator("#schedule-error-ar")).toHaveText(
      uiLocale === "ar"
        ? "مضت هذه الدقيقة: اختر موعدًا لاحقًا."
        : "That minute has passed: choose a later one.",
    );
    await expect(page.locator("#schedule-ar input[name=date]")).toHaveValue("2020-09-09");
    await expect(page.locator("#schedule-ar input[name=time]")).toHaveValue("11:15");
    await expect(page.locator("#schedule-ar select[name=step]")).toHaveValue("unpublish");

    // Thirty days ahead, at 09:30 Beirut time.
    const day = new Date(Date.now() + 30 * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    await scheduleOnOverview(page, "ar", { step: "unpublish", date, time: "09:30" });
    const when = page.locator(`.schedule-pending tr[data-locale="ar"] time`);
    const month = day.getUTCMonth();
    if (uiLocale === "ar") {
      await expect(when).toContainText(LEVANTINE_MONTHS[month]!);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    } else {
      await expect(when).toContainText(new Intl.DateTimeFormat("en-GB", { month: "long" }).format(day));
    }
    await expect(when).toContainText("09:30");

    await page.locator(".schedule-pending button").click();
    await expect(page).toHaveURL(/done=unscheduled/);
    await expect(page.locator(".schedule-pending")).toHaveCount(0);
    await expect(page.locator(`tr[data-locale="ar"] .badge`)).toHaveAttribute("data-state", "PUBLISHED");
    const actions = await queryE2eDatabase<{ action: string }>(
      `SELECT "action" FROM "AuditEntry" WHERE "subject" = $1 AND "action" LIKE 'schedule.%' ORDER BY "id" DESC LIMIT 2`,
      [`story:${storyId}/ar`],
    );
    expect(actions.map((row) => row.action)).toEqual(["schedule.cancel", "schedule.create"]);
  });
}
