import { expect, test } from "@playwright/test";
import { englishOnlyStory } from "./demo-stories";
import { account, signIn } from "./newsroom-helpers";

test.describe("newsroom sign-in and roles", () => {
  test("an anonymous visitor is sent to sign in, then back", async ({ page }) => {
    await page.goto("/en/newsroom/audit");
    await expect(page).toHaveURL(/\/en\/newsroom\/sign-in\?next=/);
    const { email, password } = account("admin");
    await page.locator("#email").fill(email);
    await page.locator("#password").fill(password);
    await page.locator('form.newsroom-form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/en\/newsroom\/audit$/);
    await expect(page.locator("h1")).toHaveText("Audit log");
  });

  test("a wrong password is refused in the reader's language, keeping the email", async ({ page }) => {
    await page.goto("/ar/newsroom/sign-in");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.locator("#email").fill(account("editor").email);
    await page.locator("#password").fill("not-the-password");
    await page.locator('form.newsroom-form button[type="submit"]').click();
    await expect(page.locator(".form-error")).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحة.");
    await expect(page.locator("#email")).toHaveValue(account("editor").email);
  });

  test("repeated attempts on one account are rate-limited", async ({ page }) => {
    await page.goto("/en/newsroom/sign-in");
    for (let attempt = 1; attempt <= 6; attempt++) {
      await page.locator("#email").fill("nobody@example.com");
      await page.locator("#password").fill(`guess-${attempt}`);
      await page.locator('form.newsroom-form button[type="submit"]').click();
      await expect(page.locator(".form-error")).toBeVisible();
      // React resets the form once the action has answered; wait for it.
      await expect(page.locator("#password")).toHaveValue("");
    }
    await expect(page.locator(".form-error")).toContainText("Too many attempts");
  });

  test("signing in works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, "editor");
    await expect(page.locator("h1")).toHaveText("Stories");
    await context.close();
  });

  test("a translator may not read the audit log; an admin may", async ({ browser }) => {
    const translator = await browser.newPage();
    await signIn(translator, "translator.ar");
    const response = await translator.goto("/en/newsroom/audit");
    expect(response?.status()).toBe(403);
    await expect(translator.locator("h1")).toHaveText("Not allowed");
    await expect(translator.getByRole("link", { name: "Audit log" })).toHaveCount(0);
    await translator.close();
  });

  test("the story list shows one badge per language and filters by language and status", async ({ page }) => {
    await signIn(page, "editor", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const rows = page.locator("table.newsroom-table tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(14);
    await expect(rows.first().locator(".badge")).toHaveCount(2);

    await page.goto("/ar/newsroom?locale=ar&status=missing");
    await expect(rows.filter({ hasText: englishOnlyStory.translations.en!.headline })).toHaveCount(1);
    for (const badge of await rows.locator('.badge[data-locale="ar"]').all()) {
      await expect(badge).toHaveAttribute("data-state", "missing");
    }

    await page.goto(
      `/en/newsroom?q=${encodeURIComponent(englishOnlyStory.translations.en!.headline.slice(0, 12))}`,
    );
    await expect(rows).toHaveCount(1);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, "editor");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en\/newsroom\/sign-in/);
    await page.goto("/en/newsroom");
    await expect(page).toHaveURL(/\/en\/newsroom\/sign-in/);
  });
});
