import { expect, test, type Browser } from "@playwright/test";
import { demoStory, storyUrl } from "./demo-stories";
import { account, signIn, type DemoRole } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";
import { queryE2eDatabase } from "./support/e2e-database";

type Ui = "en" | "ar";

// The words each journey looks for, in the newsroom's two interface languages.
const words = {
  en: {
    reviewLive: "send it for review and an editor publishes it",
    publishLive: "readers do not see until you publish it",
    savedDraft: "Readers still see the live text",
    submitDraft: "Send draft for review",
    publishDraft: "Publish draft",
    published: "Published",
    readOnly: "Open read-only",
    takeOver: "Take over",
    tookOver: "You took this version over",
    editingSince: "is editing this version since",
    tookAt: "took this version over at",
  },
  ar: {
    reviewLive: "أرسلها للمراجعة وسينشرها أحد المحرّرين",
    publishLive: "لا يراها القرّاء حتى تنشرها",
    savedDraft: "ما زال القرّاء يرون النص المنشور",
    submitDraft: "إرسال المسودّة للمراجعة",
    publishDraft: "نشر المسودّة",
    published: "نُشرت",
    readOnly: "فتح للقراءة فقط",
    takeOver: "تولّي التحرير",
    tookOver: "تولّيتَ تحرير هذه النسخة",
    editingSince: "هذه النسخة منذ",
    tookAt: "تحرير هذه النسخة في",
  },
} satisfies Record<Ui, Record<string, string>>;

async function memberPage(browser: Browser, role: DemoRole, ui: Ui, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await signIn(page, role, ui);
  return { page, close: () => context.close() };
}

/** "10:42": a moment as the newsroom shows it, in its time zone (Asia/Beirut unless configured). */
const clock = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: process.env.NEWSROOM_TIME_ZONE ?? "Asia/Beirut",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);

for (const { key, translatorUi, editorUi } of [
  { key: "deposit-recovery-law", translatorUi: "ar", editorUi: "en" },
  { key: "wildfire-season", translatorUi: "en", editorUi: "ar" },
] as const) {
  test(`a live translation gets a draft: readers keep the live text until an editor publishes it (${translatorUi} then ${editorUi} newsroom)`, async ({
    browser,
    page: reader,
  }) => {
    test.setTimeout(120_000);
    const story = demoStory(key);
    const liveDek = story.translations.ar!.dek;
    const correction = "وقد صُحّح هذا الموجز بعد النشر.";
    const storyId = await demoStoryId(story);
    const editorPath = (ui: Ui) => `/${ui}/newsroom/stories/${storyId}/ar`;

    // The translator is told, before typing, that the version is live and what their role allows.
    const translator = await memberPage(browser, "translator.ar", translatorUi);
    await translator.page.goto(editorPath(translatorUi));
    const role = translator.page.locator(".role-notice");
    await expect(role).toHaveAttribute("data-role-allows", "reviewLive");
    await expect(role).toContainText(words[translatorUi].reviewLive);
    await expect(translator.page.locator("#dek")).toHaveValue(liveDek);
    await translator.page.locator("#dek").fill(`${liveDek} ${correction}`);
    await translator.page.locator(".editor__form button[type=submit]").click();
    await expect(translator.page.locator(".form-notice")).toContainText(words[translatorUi].savedDraft);
    await expect(translator.page.locator("#dek")).toHaveValue(`${liveDek} ${correction}`);

    await reader.goto(storyUrl(story, "ar"));
    await expect(reader.locator(".story__dek")).toHaveText(liveDek);

    const review = translator.page.locator(".forward-draft");
    await expect(review.locator('[data-field="dek"] ins')).toContainText("صُحّح");
    await review.getByRole("button", { name: words[translatorUi].submitDraft }).click();
    await expect(translator.page).toHaveURL(/done=submit/);
    const row = translator.page.locator('tr[data-locale="ar"]');
    await expect(row.locator(".badge--pending-draft")).toHaveAttribute("data-draft", "IN_REVIEW");
    await expect(row.getByRole("button", { name: words[translatorUi].publishDraft })).toHaveCount(0);
    await translator.close();

    // The editor reviews the live text against the draft, then publishes it.
    const editor = await memberPage(browser, "editor", editorUi);
    await editor.page.goto(editorPath(editorUi));
    await expect(editor.page.locator(".role-notice")).toContainText(words[editorUi].publishLive);
    const pending = editor.page.locator(".forward-draft");
    await expect(pending).toHaveAttribute("data-status", "IN_REVIEW");
    await expect(pending.locator('[data-field="dek"] .text-diff')).toHaveAttribute("dir", "rtl");
    await expect(pending.locator('[data-field="dek"] ins')).toContainText("صُحّح");
    await pending.getByRole("button", { name: words[editorUi].publishDraft }).click();
    await expect(editor.page.locator(".form-notice")).toContainText(words[editorUi].published);
    await expect(editor.page.locator('tr[data-locale="ar"] .badge--pending-draft')).toHaveCount(0);
    await editor.close();

    await reader.goto(storyUrl(story, "ar"));
    await expect(reader.locator(".story__dek")).toHaveText(`${liveDek} ${correction}`);
    const audit = await queryE2eDatabase<{ action: string }>(
      `SELECT "action" FROM "AuditEntry" WHERE "subject" = $1 ORDER BY "id"`,
      [`story:${storyId}/ar`],
    );
    expect(audit.map((entry) => entry.action)).toEqual([
      "translation.draft.save",
      "translation.submit",
      "translation.draft.publish",
    ]);
  });
}

for (const { key, holderUi, otherUi } of [
  { key: "olive-harvest", holderUi: "en", otherUi: "ar" },
  { key: "tripoli-bus-line", holderUi: "ar", otherUi: "en" },
] as const) {
  test(`someone else editing: shown with the time, read-only or take over, without JavaScript (${otherUi} newsroom, held from ${holderUi})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const storyId = await demoStoryId(demoStory(key));
    const editorPath = (ui: Ui) => `/${ui}/newsroom/stories/${storyId}/ar`;

    const holder = await memberPage(browser, "editor", holderUi);
    await holder.page.goto(editorPath(holderUi));
    await expect(holder.page.locator("#headline")).toBeEnabled();
    await expect(holder.page.locator(".edit-lock")).toHaveCount(0);
    const [lock] = await queryE2eDatabase<{ since: Date }>(
      `SELECT ("since" AT TIME ZONE 'UTC') AS "since" FROM "EditLock" WHERE "storyId" = $1 AND "locale" = 'ar'`,
      [storyId],
    );

    // The other member's browser runs no JavaScript: both choices are plain forms.
    const other = await memberPage(browser, "translator.ar", otherUi, false);
    await other.page.goto(editorPath(otherUi));
    const notice = other.page.locator(".edit-lock");
    await expect(notice).toContainText(account("editor").name);
    await expect(notice).toContainText(words[otherUi].editingSince);
    await expect(notice).toContainText(clock(lock!.since));
    await expect(other.page.locator("#headline")).toHaveCount(0);

    await other.page.getByRole("button", { name: words[otherUi].readOnly }).click();
    await expect(other.page).toHaveURL(/view=read/);
    await expect(other.page.locator("#headline")).toBeDisabled();
    await expect(other.page.locator(".editor__form button[type=submit]")).toHaveCount(0);

    await other.page.getByRole("button", { name: words[otherUi].takeOver }).click();
    await expect(other.page.locator(".form-notice")).toContainText(words[otherUi].tookOver);
    await expect(other.page.locator("#headline")).toBeEnabled();
    await expect(other.page.locator(".edit-lock")).toHaveCount(0);

    // Back on their tab, the first editor learns at once who took it over.
    await holder.page.evaluate(() => window.dispatchEvent(new Event("focus")));
    const lost = holder.page.locator(".edit-lock--lost");
    await expect(lost).toContainText(account("translator.ar").name);
    await expect(lost).toContainText(words[holderUi].tookAt);

    const audit = await queryE2eDatabase<{ details: { fromName: string } }>(
      `SELECT "details" FROM "AuditEntry" WHERE "action" = 'translation.lock.takeover' AND "subject" = $1`,
      [`story:${storyId}/ar`],
    );
    expect(audit.map((entry) => entry.details.fromName)).toEqual([account("editor").name]);
    await other.close();
    await holder.close();
  });
}
