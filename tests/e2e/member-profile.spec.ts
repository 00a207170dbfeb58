import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { account, signIn, type DemoRole, unpublishVersion } from "./newsroom-helpers";
import { queryE2eDatabase } from "./support/e2e-database";

// "The Arabic newsroom reads Arabic": a member names themselves in each
// language and says which grammatical gender messages should use; the Arabic
// newsroom then shows their Arabic name and agrees with them.

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

async function memberPage(browser: Browser, role: DemoRole, ui: "en" | "ar") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role, ui);
  return { page, close: () => context.close() };
}

const lina = account("translator.ar");

/** Lina's profile as the demo seeds it, so the specs that run after this one find it unchanged. */
async function resetLina(): Promise<void> {
  await queryE2eDatabase(
    `DELETE FROM "UserDisplayName" WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = $1)`,
    [lina.email],
  );
  await queryE2eDatabase(`UPDATE "User" SET "gender" = NULL WHERE "email" = $1`, [lina.email]);
}

test.afterAll(resetLina);

test("a member sets her Arabic name and gender, and the Arabic newsroom names her so, in the feminine", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  await resetLina();
  // An English story waiting for Arabic, for the claim that follows.
  const editor = await memberPage(browser, "editor", "ar");
  await editor.page.goto("/en/newsroom/stories/new");
  await editor.page.locator("#sourceLocale").selectOption("en");
  await editor.page.locator("#headline").fill("Bus lanes for the coastal road");
  await editor.page.locator("#dek").fill("The ministry names the first stretch.");
  await editor.page.locator("#body").fill("Work starts in June.");
  await editor.page.locator("form.newsroom-form button[type=submit]").click();
  await expect(editor.page).toHaveURL(/\/newsroom\/stories\/\d+$/);
  const storyId = Number(/stories\/(\d+)$/.exec(editor.page.url())![1]);
  await editor.page.locator('tr[data-locale="en"]').getByRole("button", { name: "Publish" }).click();
  await expect(editor.page.locator(".form-notice")).toBeVisible();

  // Lina opens her profile from her name in the header of the Arabic newsroom.
  const translator = await memberPage(browser, "translator.ar", "ar");
  const page = translator.page;
  await page.locator(".newsroom-header__user a").click();
  await expect(page).toHaveURL(/\/ar\/newsroom\/account$/);
  await expect(page.locator("h1")).toHaveText("ملفّك الشخصي");
  await page.locator("#profile-name-ar").fill("لينا عون");
  await page.getByRole("radio", { name: "مؤنّث" }).check();
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page.locator(".form-notice")).toHaveText("حُفظ: صارت غرفة الأخبار تسمّيك هكذا.");
  await expect(page.locator("#profile-name-ar")).toHaveValue("لينا عون");
  await expect(page.getByRole("radio", { name: "مؤنّث" })).toBeChecked();
  // The header names her in Arabic now, and speaks to her in the feminine.
  await expect(page.locator(".newsroom-header__user span")).toContainText("مسجَّلة الدخول باسم لينا عون");
  // The English newsroom keeps the name she has there.
  await page.goto("/en/newsroom");
  await expect(page.locator(".newsroom-header__user bdi")).toHaveText(lina.name);

  // Karim claims the story; Lina takes it over. His Arabic inbox: «تولّت لينا عون…».
  const row = (on: Page) => on.locator(`[data-queue="ar"] tr[data-story-id="${storyId}"]`);
  await editor.page.goto("/ar/newsroom/queue");
  await row(editor.page).getByRole("button", { name: "حجز" }).click();
  await expect(row(editor.page)).toContainText("محجوز لك");
  await page.goto("/ar/newsroom/queue");
  await row(page).getByRole("button", { name: "تسلّم الترجمة" }).click();
  await expect(row(page)).toContainText("محجوز لك");

  await editor.page.goto("/ar/newsroom/queue");
  await expect(row(editor.page).locator(".claim-holder")).toHaveText(/^حجزته لينا عون منذ /);
  await expect(row(editor.page).locator(".claim-holder bdi")).toHaveText("لينا عون");
  await editor.page.goto("/ar/newsroom/inbox");
  const notice = editor.page.locator(`li[data-kind="claim_taken_over"][data-story-id="${storyId}"]`);
  await expect(notice).toContainText("تولّت لينا عون ترجمة النسخة العربية من الخبر");
  await expect(notice.locator("bdi").first()).toHaveText("لينا عون");
  // In English she is still Lina Aoun.
  await editor.page.goto("/en/newsroom/inbox");
  await expect(notice).toContainText(`${lina.name} took the Arabic translation`);

  // The admin sees her names on the Users page.
  const admin = await memberPage(browser, "admin", "ar");
  await admin.page.goto("/ar/newsroom/users");
  const user = admin.page.locator(`tr[data-email="${lina.email}"]`);
  await expect(user.locator(".user-display-names dd")).toHaveText("لينا عون");
  await expect(user.locator(".user-display-names")).toContainText("مؤنّث");
  await expect(user.locator(".user-display-names a")).toHaveText("تعديل أسماء لينا عون وجنسها النحوي");

  await admin.close();
  await translator.close();

  // Taken back to a draft, so the specs that count published stories (reading, sitemaps) find only the demo's.
  await editor.page.goto(`/en/newsroom/stories/${storyId}`);
  await unpublishVersion(editor.page, "en");
  await expect(editor.page.locator('tr[data-locale="en"] .badge')).toHaveAttribute("data-state", "DRAFT");
  await editor.close();
});

test("an admin sets another member's names and gender from the Users page, and the audit log says so", async ({
  browser,
}) => {
  await resetLina();
  const admin = await memberPage(browser, "admin", "en");
  const page = admin.page;
  await page.goto("/en/newsroom/users");
  await page.locator(`tr[data-email="${lina.email}"] .user-display-names a`).click();
  await expect(page.locator("h1")).toHaveText(`Profile of ${lina.name}`);
  // Names and gender only: her emails are hers to set.
  await expect(page.locator("#profile-newsroomLocale")).toHaveCount(0);
  await page.locator("#profile-name-ar").fill("لينا عون");
  await page.getByRole("radio", { name: "Feminine" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".form-notice")).toHaveText("Saved, and recorded in the audit log.");
  await page.goto("/ar/newsroom/audit?action=user.profile");
  // Names sit in the sentence isolated (FSI … PDI), which the comparison leaves out.
  const sentence = await page
    .locator('tr[data-action="user.profile"] .audit-log__sentence')
    .first()
    .textContent();
  expect(sentence?.replace(/[\u2068\u2069]/g, "")).toBe(
    `عدّل ${account("admin").name} الأسماء المعروضة أو الجنس النحوي للعضو ${lina.email}`,
  );
  await admin.close();
});

for (const ui of ["en", "ar"] as const) {
  test(`(${ui}) the profile pages have no axe violations, before and after a refusal`, async ({
    browser,
  }) => {
    const member = await memberPage(browser, "translator.en", ui);
    await member.page.goto(`/${ui}/newsroom/account`);
    expect(await axeViolations(member.page)).toEqual([]);
    await member.page.locator("#profile-name-ar").fill("ل".repeat(121));
    await member.page.locator("form.profile-form button[type=submit]").click();
    await expect(member.page.locator("#error-summary")).toBeVisible();
    expect(await axeViolations(member.page)).toEqual([]);
    await member.close();

    const admin = await memberPage(browser, "admin", ui);
    await admin.page.goto(`/${ui}/newsroom/users`);
    expect(await axeViolations(admin.page)).toEqual([]);
    await admin.page.locator(`tr[data-email="${lina.email}"] .user-display-names a`).click();
    await expect(admin.page).toHaveURL(/account\?member=/);
    expect(await axeViolations(admin.page)).toEqual([]);
    await admin.close();
  });
}
