import { expect, test } from "@playwright/test";
import { englishOnlyStory } from "./demo-stories";
import { account, signIn } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";
import {
  ACCESS_STORY,
  LIVE_ACCESS_STORY,
  NEWSROOM_PAGE_ACCESS,
  withStoryId,
} from "./support/newsroom-page-access";

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

  test("repeated attempts on one account back off, saying how long to wait", async ({ page }) => {
    await page.goto("/en/newsroom/sign-in");
    const error = page.locator(".form-error");
    // Five are free; then each failure doubles the wait from 1 s, so a
    // refusal comes within a few more attempts however slow the machine.
    for (let attempt = 1; attempt <= 12; attempt++) {
      await page.locator("#email").fill("nobody@example.com");
      await page.locator("#password").fill(`guess-${attempt}`);
      await page.locator('form.newsroom-form button[type="submit"]').click();
      await expect(error).toBeVisible();
      // React resets the form once the action has answered; wait for it.
      await expect(page.locator("#password")).toHaveValue("");
      if (attempt <= 4) await expect(error).toHaveText("The email or password is not right.");
      if ((await error.textContent())?.includes("Too many attempts")) break;
    }
    // With mail set up (the e2e server has SMTP_URL), the refusal also offers the way back.
    await expect(error).toHaveText(
      /^Too many attempts\. Try again in \d+ seconds?\. Email me a sign-in link instead$/,
    );
    await expect(error.getByRole("link", { name: "Email me a sign-in link instead" })).toHaveAttribute(
      "href",
      /\/en\/newsroom\/sign-in\/link/,
    );
  });

  test("disabling a member signs them out of an open browser at once", async ({ browser }) => {
    const translator = await browser.newPage();
    await signIn(translator, "translator.en");
    const admin = await browser.newPage();
    await signIn(admin, "admin");
    await admin.goto("/en/newsroom/users");
    const row = admin.locator(`tr[data-email="${account("translator.en").email}"]`);
    await row.getByLabel("Yes, sign them out everywhere and block sign-in").check();
    await row.getByRole("button", { name: "Disable" }).click();
    await expect(admin.locator(".form-notice")).toContainText("Account disabled");
    try {
      await translator.goto("/en/newsroom");
      await expect(translator).toHaveURL(/\/en\/newsroom\/sign-in/);
    } finally {
      // Other tests sign in as this translator: give the account back.
      await row.getByRole("button", { name: "Re-enable" }).click();
      await expect(admin.locator(".form-notice")).toContainText("re-enabled");
    }
    await admin.context().close();
    await translator.context().close();
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

  test("every newsroom page answers each role as the permission table says", async ({ browser }) => {
    const storyId = await demoStoryId(ACCESS_STORY);
    const liveStoryId = await demoStoryId(LIVE_ACCESS_STORY);
    const pages = NEWSROOM_PAGE_ACCESS.map(
      ([path, access]) => [withStoryId(path, storyId, liveStoryId), access] as const,
    );
    const anonymous = await browser.newContext();
    for (const [path] of pages) {
      const response = await anonymous.request.get(path, { maxRedirects: 0 });
      expect(response.status(), `anonymous ${path}`).toBe(307);
      expect(response.headers()["location"], `anonymous ${path}`).toContain("/newsroom/sign-in");
    }
    await anonymous.close();
    for (const role of ["translator", "editor", "admin"] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, role === "translator" ? "translator.ar" : role);
      for (const [path, expected] of pages) {
        const response = await context.request.get(path, { maxRedirects: 0 });
        expect(response.status(), `${role} ${path}`).toBe(expected[role]);
      }
      await context.close();
    }
  });
});
