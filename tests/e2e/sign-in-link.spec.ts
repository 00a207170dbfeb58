import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import ar from "@/messages/ar.json" with { type: "json" };
import { queryE2eDatabase } from "./support/e2e-database";
import { e2eSmtpPort } from "./support/e2e-server";
import { startSmtpInbox, type SmtpInbox } from "@/tests/support/smtp-inbox";

// Issue 25, item 6: failures spread over many addresses have pushed the
// account's own limit into its back-off, which holds the owner back on a
// new browser. The sign-in form then offers a link by email (SMTP_URL is
// set for the e2e server; this spec runs the SMTP server it mails to).

const owner = { email: "rima.link@example.com", name: "ريما حداد" };
const words = ar.Newsroom.signInLink;
let mailbox: SmtpInbox | null = null;

test.beforeAll(async () => {
  // A member with no password at all: only a link can let her in. Arabic
  // newsroom and feminine, so the mail addresses her as she is addressed.
  await queryE2eDatabase(`DELETE FROM "User" WHERE "email" = $1`, [owner.email]);
  await queryE2eDatabase(
    `INSERT INTO "User" ("id", "name", "email", "role", "locales", "gender", "newsroomLocale")
     VALUES ($1, $2, $3, 'TRANSLATOR', ARRAY['ar']::"Locale"[], 'FEMININE', 'ar')`,
    [randomUUID(), owner.name, owner.email],
  );
  // What failures from many addresses leave behind: the account's key backing off.
  await queryE2eDatabase(
    `INSERT INTO "SignInThrottle" ("key", "failures", "blockedUntil", "updatedAt")
     VALUES ($1, 130, (now() AT TIME ZONE 'UTC') + interval '15 minutes', now() AT TIME ZONE 'UTC')`,
    [`account ${owner.email}`],
  );
});

test.afterAll(async () => {
  await mailbox?.stop();
  await queryE2eDatabase(`DELETE FROM "SignInThrottle" WHERE "key" LIKE $1`, [`% ${owner.email}%`]);
  await queryE2eDatabase(`DELETE FROM "AuditEntry" WHERE "subject" = $1`, [`user:${owner.email}`]);
  await queryE2eDatabase(`DELETE FROM "User" WHERE "email" = $1`, [owner.email]);
});

test("a throttled owner signs in with an emailed link, once, and her browser is known afterwards", async ({
  browser,
  request,
}) => {
  mailbox = await startSmtpInbox(e2eSmtpPort);
  const context = await browser.newContext();
  const page = await context.newPage();

  await page.goto("/ar/newsroom/sign-in");
  await page.locator("#email").fill(owner.email);
  await page.locator("#password").fill("any-password-at-all");
  await page.locator('form.newsroom-form button[type="submit"]').click();
  const refusal = page.locator(".form-error[role=alert]");
  await expect(refusal).toContainText("محاولات كثيرة جدًا");
  await refusal.getByRole("link", { name: ar.Newsroom.signIn.linkOffer }).click();
  await expect(page).toHaveURL(/\/ar\/newsroom\/sign-in\/link$/);

  // A stranger's address gets the very same answer, and no mail.
  await page.locator("#email").fill("nobody.here@example.com");
  await page.locator('form.newsroom-form button[type="submit"]').click();
  const notice = page.locator(".form-notice[role=status]");
  await expect(notice).toBeVisible();
  const answer = await notice.textContent();
  await page.locator("#email").fill(owner.email);
  await page.locator('form.newsroom-form button[type="submit"]').click();
  await expect(notice).toHaveText(answer!);

  const toOwner = () => mailbox!.received.filter((mail) => mail.to.includes(owner.email));
  await expect.poll(() => toOwner().length, { timeout: 20_000 }).toBe(1);
  expect(mailbox.received.filter((mail) => mail.to.includes("nobody.here@example.com"))).toEqual([]);
  const [mail] = toOwner();
  expect(mail!.subject).toBe(words.mail.subject);
  expect(mail!.text).toContain(`مرحبًا ${owner.name}،`);
  expect(mail!.text).toContain("طلبتِ رابطًا");
  const link = /https?:\/\/\S+\/ar\/newsroom\/sign-in\/link\?token=[\w-]+/.exec(mail!.text)![0];

  // A mail scanner opens the link first: a GET spends nothing.
  expect((await request.get(link)).status()).toBe(200);

  await page.goto(link);
  await expect(page.locator("h1")).toHaveText(words.confirmTitle);
  await page.getByRole("button", { name: words.confirm }).click();
  await expect(page).toHaveURL(/\/ar\/newsroom$/);

  // Used once: the same link, opened again elsewhere, no longer works.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link);
  await second.getByRole("button", { name: words.confirm }).click();
  await expect(second.locator(".form-error[role=alert]")).toContainText(words.invalid);
  await expect(second).toHaveURL(/sign-in\/link/);
  await other.close();

  // Her browser is known to the account now: the account's back-off no
  // longer holds it, and a wrong password is just a wrong password.
  await context.clearCookies({ name: "better-auth.session_token" });
  await page.goto("/ar/newsroom/sign-in");
  await page.locator("#email").fill(owner.email);
  await page.locator("#password").fill("still-not-her-password");
  await page.locator('form.newsroom-form button[type="submit"]').click();
  await expect(page.locator(".form-error[role=alert]")).toHaveText(ar.Newsroom.signIn.invalid);
  await context.close();
});
