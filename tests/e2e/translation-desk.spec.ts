import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { account, publishSavedDraft, signIn, type DemoRole } from "./newsroom-helpers";
import { queryE2eDatabase } from "./support/e2e-database";
import { e2eSmtpPort } from "./support/e2e-server";
import { glossaryKey } from "@/lib/glossary/term-matching";
import { story as aidConference } from "@/prisma/content/stories/aid-conference";
import { startSmtpInbox } from "@/tests/support/smtp-inbox";

type Ui = "en" | "ar";

const WORDS = {
  en: { publish: "Publish", submit: "Send for review", into: "into Arabic", claim: "Claim" },
  ar: { publish: "نشر", submit: "إرسال للمراجعة", into: "إلى العربية", claim: "حجز" },
} as const;

// An approved name the translator's Arabic will not use, so that saving warns.
const RAILWAY_TERM = { en: "coastal railway", ar: "سكة الحديد الساحلية" };

test.beforeAll(async () => {
  const [term] = await queryE2eDatabase<{ id: number }>(
    `INSERT INTO "GlossaryTerm" ("kind", "note") VALUES ('TITLE', 'The project''s official name') RETURNING "id"`,
  );
  await queryE2eDatabase(
    `INSERT INTO "GlossaryTermName" ("termId", "locale", "text", "key") VALUES ($1, 'en', $2, $3), ($1, 'ar', $4, $5)`,
    [term!.id, RAILWAY_TERM.en, glossaryKey(RAILWAY_TERM.en), RAILWAY_TERM.ar, glossaryKey(RAILWAY_TERM.ar)],
  );
});

test.afterAll(async () => {
  await queryE2eDatabase(
    `DELETE FROM "GlossaryTerm" WHERE "id" IN (SELECT "termId" FROM "GlossaryTermName" WHERE "key" = $1)`,
    [glossaryKey(RAILWAY_TERM.en)],
  );
});

/** The aid conference demo story's first paragraph, "Tuesday" made "Wednesday", and its Arabic. */
const REMEMBERED = {
  en: aidConference.translations.en!.body.split("\n\n")[0]!.replace("Tuesday", "Wednesday"),
  ar: aidConference.translations.ar!.body.split("\n\n")[0]!,
};
const MATCH = { en: /^\d{2,3}% match$/, ar: /^تطابق [\d٠-٩]{2,3}٪$/ } as const;

async function memberPage(browser: Browser, role: DemoRole, ui: Ui) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role, ui);
  return { page, close: () => context.close() };
}

for (const ui of ["en", "ar"] as const) {
  test(`(${ui} newsroom) an English story waits for Arabic on the dashboard until its translation is published, then shows its time to translation`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const words = WORDS[ui];
    const headline = `Coastal railway study published (${ui} desk)`;
    const mailbox = await startSmtpInbox(e2eSmtpPort);
    const editor = await memberPage(browser, "editor", ui);
    await editor.page.goto(`/${ui}/newsroom/stories/new`);
    await editor.page.locator("#sourceLocale").selectOption("en");
    await editor.page.locator("#headline").fill(headline);
    await editor.page.locator("#dek").fill("Engineers say a line from Tripoli to Tyre could run by 2035.");
    // Its first paragraph is a demo story's, one word changed: the memory knows its Arabic.
    await editor.page.locator("#body").fill(`${REMEMBERED.en}\n\nIt costs $4 billion.`);
    await editor.page.locator("form.newsroom-form button[type=submit]").click();
    await expect(editor.page).toHaveURL(/\/newsroom\/stories\/\d+$/);
    const storyId = Number(/stories\/(\d+)$/.exec(editor.page.url())![1]);
    await editor.page.locator('tr[data-locale="en"]').getByRole("button", { name: words.publish }).click();
    await expect(editor.page.locator(".form-notice")).toBeVisible();

    // Published in English: it waits for Arabic, shown by its English headline, marked as English.
    await editor.page.goto(`/${ui}/newsroom/coverage`);
    const waiting = editor.page.locator(`[data-queue="ar"] tr[data-story-id="${storyId}"]`);
    await expect(waiting).toHaveAttribute("data-state", "missing");
    await expect(waiting.locator('a[lang="en"]')).toHaveText(headline);
    if (ui === "ar") await expect(waiting).toContainText("(بالإنكليزية)");

    // The Arabic translator learns of it in the inbox, its unread count in the header.
    const translator = await memberPage(browser, "translator.ar", ui);
    await translator.page.goto(`/${ui}/newsroom`);
    await expect(translator.page.locator(`.newsroom-nav a[href="/${ui}/newsroom/inbox"]`)).toContainText(
      ui === "en" ? "new)" : "جديد",
    );
    await translator.page.goto(`/${ui}/newsroom/inbox`);
    const waitingNotice = translator.page.locator(
      `li[data-kind="source_published"][data-story-id="${storyId}"]`,
    );
    await expect(waitingNotice).toContainText(headline);
    await expect(waitingNotice).toHaveClass(/inbox__item--unread/);

    // And by email, in Arabic, the newsroom language of a translator who works only in Arabic.
    const translationPath = `/ar/newsroom/stories/${storyId}/ar`;
    const emails = () =>
      mailbox.received.filter(
        (email) => email.to.includes(account("translator.ar").email) && email.text.includes(translationPath),
      );
    await expect.poll(() => emails().length, { timeout: 60_000, intervals: [1_000] }).toBe(1);
    expect(emails()[0]!.text).toContain("بانتظار");
    await mailbox.stop();

    // They claim it from the queue.
    await translator.page.goto(`/${ui}/newsroom/queue`);
    const queued = translator.page.locator(`[data-queue="ar"] tr[data-story-id="${storyId}"]`);
    await queued.getByRole("button", { name: words.claim }).click();
    await expect(queued.locator(".claim-holder")).toContainText(ui === "en" ? "Yours for" : "محجوز لك");

    // It translates it and sends it for review.
    await translator.page.goto(`/${ui}/newsroom/stories/${storyId}/ar`);
    // The glossary's approved name is marked in the source with its Arabic.
    await expect(translator.page.locator(".editor__source .term").first()).toContainText(RAILWAY_TERM.ar);
    await translator.page.locator("#headline").fill(`دراسة لسكة حديد ساحلية (${ui})`);
    await translator.page.locator("#dek").fill("يقول المهندسون إن خطًا من طرابلس إلى صور قد يعمل بحلول 2035.");
    // The memory offers the demo story's Arabic for the first paragraph; one click puts it in.
    const firstParagraph = translator.page.locator(".source-block").first();
    await expect(firstParagraph.locator(".memory__match").first()).toHaveText(MATCH[ui]);
    await firstParagraph.locator(".memory__insert").first().click();
    await expect(translator.page.locator("#body")).toHaveValue(`${REMEMBERED.ar}\n\nIt costs $4 billion.`);
    await translator.page.locator("#body").fill(`${REMEMBERED.ar}\n\nتبلغ كلفتها 4 مليارات دولار.`);
    await translator.page.locator("#slug").fill(`دراسة-سكة-حديد-ساحلية-${ui}`);
    await translator.page.locator(".editor__form button[type=submit]").click();
    await expect(translator.page.locator(".form-notice")).toBeVisible();
    // Saved, with a warning: the translation does not use the approved name.
    await expect(translator.page.locator(".glossary-warning li")).toHaveText(
      `${RAILWAY_TERM.en} → ${RAILWAY_TERM.ar}`,
    );
    // The editor with its memory suggestions, glossary marks and warning: nothing axe objects to.
    const axe = await new AxeBuilder({ page: translator.page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await translator.page.goto(`/${ui}/newsroom/stories/${storyId}`);
    await translator.page.locator('tr[data-locale="ar"]').getByRole("button", { name: words.submit }).click();
    await expect(translator.page.locator('tr[data-locale="ar"] .badge')).toHaveAttribute(
      "data-state",
      "IN_REVIEW",
    );

    await editor.page.goto(`/${ui}/newsroom/coverage`);
    await expect(waiting).toHaveAttribute("data-state", "IN_REVIEW");
    // The editor is told it waits for review, and the notice leads to the story.
    await editor.page.goto(`/${ui}/newsroom/inbox`);
    const reviewNotice = editor.page.locator(`li[data-kind="review_requested"][data-story-id="${storyId}"]`);
    await expect(reviewNotice).toBeVisible();
    await expect(reviewNotice.locator("a")).toHaveAttribute("href", `/${ui}/newsroom/stories/${storyId}`);

    // The editor publishes it: it leaves the queue, and the dashboard shows how long Arabic readers waited.
    await editor.page.goto(`/${ui}/newsroom/stories/${storyId}`);
    await editor.page.locator('tr[data-locale="ar"]').getByRole("button", { name: words.publish }).click();
    await expect(editor.page.locator(".form-notice")).toBeVisible();
    await editor.page.goto(`/${ui}/newsroom/coverage`);
    await expect(waiting).toHaveCount(0);
    const latest = editor.page.locator("table.latest-translations", {
      has: editor.page.locator("caption", { hasText: words.into }),
    });
    const translated = latest.locator(`tr[data-story-id="${storyId}"]`);
    await expect(translated.locator("a")).toHaveText(`دراسة لسكة حديد ساحلية (${ui})`);
    await expect(translated.locator("td").nth(2)).toHaveText(ui === "en" ? /minute/ : /دقيقة|دقيقتان|دقائق/);
    await expect(editor.page.locator('.ttt-headlines li[data-locale="ar"]')).not.toHaveText("");
    // And the translator is told it was published.
    await translator.page.goto(`/${ui}/newsroom/inbox`);
    await expect(
      translator.page.locator(`li[data-kind="translation_published"][data-story-id="${storyId}"]`),
    ).toBeVisible();
    await translator.page
      .getByRole("button", { name: ui === "en" ? "Mark all as read" : "تعليم الكل كمقروء" })
      .click();
    await expect(translator.page.locator(".inbox__item--unread")).toHaveCount(0);
    await translator.close();
    await editor.close();
  });
}

/** An English story of this spec's own, published, so it waits for Arabic. */
async function publishedEnglishStory(
  browser: Browser,
  headline: string,
  body = "One paragraph to translate.",
): Promise<number> {
  const editor = await memberPage(browser, "editor", "en");
  await editor.page.goto("/en/newsroom/stories/new");
  await editor.page.locator("#sourceLocale").selectOption("en");
  await editor.page.locator("#headline").fill(headline);
  await editor.page.locator("#dek").fill("A summary for the queue.");
  await editor.page.locator("#body").fill(body);
  await editor.page.locator("form.newsroom-form button[type=submit]").click();
  await expect(editor.page).toHaveURL(/\/newsroom\/stories\/\d+$/);
  const storyId = Number(/stories\/(\d+)$/.exec(editor.page.url())![1]);
  await editor.page.locator('tr[data-locale="en"]').getByRole("button", { name: "Publish" }).click();
  await expect(editor.page.locator(".form-notice")).toBeVisible();
  await editor.close();
  return storyId;
}

test("a claim is seen by everyone, taken over by another member, and lapses when its holder goes quiet", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const storyId = await publishedEnglishStory(browser, "Municipal elections set for May");
  const row = (page: Page) => page.locator(`[data-queue="ar"] tr[data-story-id="${storyId}"]`);

  // The Arabic translator claims it from the queue, in the Arabic newsroom, without JavaScript.
  const translatorContext = await browser.newContext({ javaScriptEnabled: false });
  const translator = await translatorContext.newPage();
  await signIn(translator, "translator.ar", "ar");
  await translator.goto("/ar/newsroom/queue");
  await row(translator).getByRole("button", { name: "حجز" }).click();
  await expect(translator.locator(".form-notice")).toHaveText("حُجز الخبر باسمك لترجمته.");
  await expect(row(translator)).toContainText("محجوز لك");

  // An editor sees who holds it, and takes it over.
  const editor = await memberPage(browser, "editor", "en");
  await editor.page.goto("/en/newsroom/queue");
  await expect(row(editor.page).locator(".claim-holder")).toContainText(
    `Claimed by ${account("translator.ar").name}`,
  );
  await row(editor.page).getByRole("button", { name: "Take over" }).click();
  await expect(editor.page.locator(".form-notice")).toContainText("You took the translation over");
  await expect(row(editor.page)).toContainText("Yours for");
  await translator.goto("/ar/newsroom/queue");
  await expect(row(translator).getByRole("button", { name: "تسلّم الترجمة" })).toBeVisible();

  // The editor goes quiet for longer than a claim lasts (4 hours): the story is free again.
  await queryE2eDatabase(
    `UPDATE "TranslationClaim" SET "heartbeatAt" = "heartbeatAt" - interval '5 hours' WHERE "storyId" = $1`,
    [storyId],
  );
  await translator.goto("/ar/newsroom/queue");
  await expect(row(translator).locator(".claim-holder")).toHaveText("لم يحجزه أحد.");
  await row(translator).getByRole("button", { name: "حجز" }).click();
  await expect(row(translator)).toContainText("محجوز لك");

  // The audit log tells the story of the claim.
  const actions = await queryE2eDatabase<{ action: string }>(
    `SELECT "action" FROM "AuditEntry" WHERE "subject" = $1 ORDER BY "id"`,
    [`story:${storyId}/ar`],
  );
  expect(actions.map((entry) => entry.action)).toEqual([
    "translation.claim",
    "translation.claim.takeover",
    "translation.claim",
  ]);
  await translatorContext.close();
  await editor.close();
});

test("after an edit of one source paragraph, an outdated translation flags that paragraph and no other", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const paragraphs = [
    "The ministry opened tenders for three solar farms in the Bekaa.",
    "Each farm will produce 15 megawatts and sell power to the grid.",
    "Bids close at the end of January.",
  ];
  const storyId = await publishedEnglishStory(
    browser,
    "Solar farm tenders open in the Bekaa",
    paragraphs.join("\n\n"),
  );
  const editor = await memberPage(browser, "editor", "en");
  await editor.page.goto(`/en/newsroom/stories/${storyId}/ar`);
  await editor.page.locator("#headline").fill("فتح مناقصات لثلاث مزارع شمسية في البقاع");
  await editor.page.locator("#dek").fill("موجز الخبر.");
  await editor.page
    .locator("#body")
    .fill(
      [
        "فتحت الوزارة مناقصات لثلاث مزارع شمسية في البقاع.",
        "ستنتج كل مزرعة 15 ميغاواط وتبيع الكهرباء للشبكة.",
        "تُقفل العروض في نهاية كانون الثاني.",
      ].join("\n\n"),
    );
  await editor.page.locator("#slug").fill("مناقصات-مزارع-شمسية-البقاع");
  await editor.page.locator(".editor__form button[type=submit]").click();
  await expect(editor.page.locator(".form-notice")).toBeVisible();
  await editor.page.goto(`/en/newsroom/stories/${storyId}`);
  await editor.page.locator('tr[data-locale="ar"]').getByRole("button", { name: "Publish" }).click();
  await expect(editor.page.locator(".form-notice")).toBeVisible();

  // The English text is corrected in its second paragraph only, and published.
  await editor.page.goto(`/en/newsroom/stories/${storyId}/en`);
  await editor.page
    .locator("#body")
    .fill(
      [paragraphs[0], "Each farm will produce 20 megawatts and sell power to the grid.", paragraphs[2]].join(
        "\n\n",
      ),
    );
  await editor.page.locator(".editor__form button[type=submit]").click();
  await expect(editor.page.locator(".form-notice")).toBeVisible();
  await publishSavedDraft(editor.page);

  // The Arabic translation is outdated: its notice names paragraph 2, and the source beside the form flags it alone.
  await editor.page.goto(`/en/newsroom/stories/${storyId}/ar`);
  await expect(editor.page.locator(".outdated__summary")).toHaveText("paragraph 2");
  await expect(editor.page.locator(".outdated [data-changed-block]")).toHaveCount(1);
  const source = editor.page.locator(".editor__source [data-block]");
  await expect(source).toHaveCount(3);
  await expect(source.nth(1)).toHaveAttribute("data-changed", "true");
  await expect(source.nth(1)).toContainText("20 megawatts");
  for (const unchanged of [0, 2]) await expect(source.nth(unchanged)).not.toHaveAttribute("data-changed");
  await expect(editor.page.locator(".editor__source .changed-mark")).toHaveCount(1);
  // The notice and the flags in both newsroom languages: nothing axe objects to.
  for (const ui of ["en", "ar"] as const) {
    await editor.page.goto(`/${ui}/newsroom/stories/${storyId}/ar`);
    const results = await new AxeBuilder({ page: editor.page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    expect(results.violations.map((violation) => `${ui}: ${violation.id}`)).toEqual([]);
  }
  await editor.close();
});

test("without JavaScript the memory's suggestions are a list under each source paragraph, to copy from", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // Another day again: the journeys above put "Wednesday" in the memory, which would match exactly.
  const storyId = await publishedEnglishStory(
    browser,
    "Aid pledges counted again",
    REMEMBERED.en.replace("Wednesday", "Thursday"),
  );
  const context = await browser.newContext({ javaScriptEnabled: false });
  const translator = await context.newPage();
  await signIn(translator, "translator.ar", "ar");
  await translator.goto(`/ar/newsroom/stories/${storyId}/ar`);
  const suggestion = translator.locator(".source-block").first().locator(".memory__item").first();
  await expect(suggestion.locator(".memory__text")).toHaveText(REMEMBERED.ar);
  await expect(suggestion.locator(".memory__match")).toHaveText(MATCH.ar);
  // What differs from the earlier source is shown: the day.
  await expect(suggestion.locator(".text-diff")).toContainText("Thursday");
  await expect(translator.locator(".memory__insert")).toHaveCount(0);
  await context.close();
});
