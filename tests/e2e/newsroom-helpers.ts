import { expect, type Page } from "@playwright/test";
import { demoAccounts } from "@/prisma/demo-accounts";

export type DemoRole = "admin" | "editor" | "translator.ar" | "translator.en";

export function account(role: DemoRole) {
  const found = demoAccounts.find((a) => a.email.startsWith(`${role}@`));
  if (!found) throw new Error(`No demo account ${role}`);
  return found;
}

/** Signs in through the newsroom's own form, in the given UI language. */
export async function signIn(page: Page, role: DemoRole, locale: "en" | "ar" = "en"): Promise<void> {
  const { email, password } = account(role);
  await page.goto(`/${locale}/newsroom/sign-in`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator('form.newsroom-form button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/newsroom$`));
}

/**
 * On the editor page of a published version just saved: its forward draft
 * is published (a save on a published version is a draft until then).
 */
export async function publishSavedDraft(page: Page): Promise<void> {
  await page.locator(".forward-draft").getByRole("button", { name: "Publish draft" }).click();
  await expect(page.locator(".form-notice")).toContainText("Published");
}

/**
 * On a translation editor page: when another member holds the version's
 * edit lock (another spec left it open; a lock lasts five minutes), take it over.
 */
export async function takeOverIfLocked(page: Page): Promise<void> {
  const takeOver = page.locator("section.edit-lock form:not([method=get]) button");
  if ((await takeOver.count()) === 0) return;
  await takeOver.click();
  await page.waitForURL(/[?&]took=1/);
}

/** On a story's newsroom page: unpublishes one language version, through its confirm step. */
export async function unpublishVersion(page: Page, target: "en" | "ar"): Promise<void> {
  await page
    .locator(`tr[data-locale="${target}"] form:has(input[name=unpublish][value=${target}]) button`)
    .click();
  await page.locator("section.confirm-step button[type=submit]").click();
}
