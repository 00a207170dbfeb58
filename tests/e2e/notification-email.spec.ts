import { expect, test, type Browser } from "@playwright/test";
import { account, signIn, unpublishVersion } from "./newsroom-helpers";
import { queryE2eDatabase } from "./support/e2e-database";
import { e2eSmtpPort } from "./support/e2e-server";
import { startSmtpInbox, type SmtpInbox } from "@/tests/support/smtp-inbox";

// The server sends its emails to SMTP_URL (playwright.config.ts), where
// nothing listens until this spec starts a real SMTP server of its own.

let mailbox: SmtpInbox | null = null;

test.afterEach(async () => {
  await mailbox?.stop();
  mailbox = null;
});

async function memberPage(browser: Browser, role: Parameters<typeof signIn>[1], ui: "en" | "ar") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role, ui);
  return { page, close: () => context.close() };
}

/** The queue's job for the Arabic translator's email about this story, as it stands. */
async function emailJob(storyId: number) {
  const [job] = await queryE2eDatabase<{ attempts: number; last_error: string | null }>(
    `SELECT jobs.attempts, jobs.last_error FROM graphile_worker._private_jobs AS jobs
     JOIN "Notification" AS notification ON jobs.key = 'notification-email:' || notification.id
     JOIN "User" AS member ON member.id = notification."userId"
     WHERE notification."storyId" = $1 AND notification.kind = 'source_published' AND member.email = $2`,
    [storyId, account("translator.ar").email],
  );
  return job ?? null;
}

test("with the mail server down, a story is published all the same; the Arabic translator finds it in the inbox, and the email arrives in Arabic, once, when the server is back", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const headline = "Grain silos at the port of Beirut to be rebuilt";
  const translatorEmail = account("translator.ar").email;

  // The editor publishes an English story while no mail server answers: the action succeeds.
  const editor = await memberPage(browser, "editor", "en");
  await editor.page.goto("/en/newsroom/stories/new");
  await editor.page.locator("#sourceLocale").selectOption("en");
  await editor.page.locator("#headline").fill(headline);
  await editor.page.locator("#dek").fill("The government chose a design after four years.");
  await editor.page.locator("#body").fill("Work starts in the spring.");
  await editor.page.locator("form.newsroom-form button[type=submit]").click();
  await expect(editor.page).toHaveURL(/\/newsroom\/stories\/\d+$/);
  const overview = editor.page.url();
  const storyId = Number(/stories\/(\d+)$/.exec(overview)![1]);
  await editor.page.locator('tr[data-locale="en"]').getByRole("button", { name: "Publish" }).click();
  await expect(editor.page.locator(".form-notice")).toBeVisible();
  await expect(editor.page.locator('tr[data-locale="en"] .badge')).toHaveAttribute("data-state", "PUBLISHED");

  // The email's job has tried and failed, and waits to try again.
  await expect
    .poll(async () => (await emailJob(storyId))?.attempts ?? 0, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(1);
  expect((await emailJob(storyId))?.last_error).toMatch(/503/);

  // The Arabic translator finds it in the inbox meanwhile.
  const translator = await memberPage(browser, "translator.ar", "ar");
  await translator.page.goto("/ar/newsroom/inbox");
  await expect(
    translator.page.locator(`li[data-kind="source_published"][data-story-id="${storyId}"]`),
  ).toContainText(headline);
  await translator.close();

  // The mail server is back: the queue's next try (its backoff grows 3 s, 7 s, 20 s, 55 s…) delivers the email.
  mailbox = await startSmtpInbox(e2eSmtpPort);
  const translationPath = `/ar/newsroom/stories/${storyId}/ar`;
  const aboutThisStory = () =>
    mailbox!.received.filter(
      (email) => email.to.includes(translatorEmail) && email.text.includes(translationPath),
    );
  await expect.poll(() => aboutThisStory().length, { timeout: 120_000, intervals: [1_000] }).toBe(1);
  const [email] = aboutThisStory();
  expect(email!.subject).toBe(`نُشر الخبر ${headline} وهو بانتظار ترجمته إلى العربية.`);
  expect(email!.text).toContain(`مرحبًا ${account("translator.ar").name}،`);
  expect(email!.text).toContain(new URL(translationPath, editor.page.url()).toString());
  expect(email!.html).toContain('<html lang="ar" dir="rtl">');

  // Done: the job has left the queue, and no second email came.
  await expect.poll(() => emailJob(storyId), { timeout: 10_000 }).toBeNull();
  expect(aboutThisStory()).toHaveLength(1);

  // Taken back to a draft, so the specs that count published stories (sitemaps, feeds) find only the demo's.
  await editor.page.goto(overview);
  await unpublishVersion(editor.page, "en");
  await expect(editor.page.locator('tr[data-locale="en"] .badge')).toHaveAttribute("data-state", "DRAFT");
  await editor.close();
});
