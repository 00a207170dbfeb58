import { expect, test, type Page } from "@playwright/test";
import { demoStory, storyUrl } from "./demo-stories";
import { signIn } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";
import { queryE2eDatabase } from "./support/e2e-database";
import { htmlErrors } from "./support/validate-html";

// Issue 11: diffs that read right in Arabic, conflicts compared with one's
// own text, confirm steps before unpublishing and restoring, and dated
// correction notes that reach readers, JSON-LD and feeds. Each journey runs
// in both interface languages.

type Ui = "en" | "ar";

const words = {
  en: {
    newStory: "New story",
    marksNote: "diacritics changed; was",
    restore: "Restore this revision",
    confirmRestore: "Yes, restore revision 1",
    restoreTitle: "Restore revision 1 as the newest?",
    unpublish: "Unpublish",
    confirmUnpublish: "Yes, unpublish",
    unpublishTitle: "Unpublish the English version?",
    unpublished: "Unpublished",
    cancel: "Cancel",
    correction: "Correction",
    addNote: "Add the note",
    noteAdded: "Note added",
    tooLong: "A note can have at most 1,000 characters.",
    notesTitle: "Corrections and updates",
  },
  ar: {
    newStory: "خبر جديد",
    marksNote: "تغيّر التشكيل، وكانت",
    restore: "استعادة هذه المراجعة",
    confirmRestore: "نعم، استعِد المراجعة 1",
    restoreTitle: "استعادة المراجعة 1 لتصبح الأحدث؟",
    unpublish: "إلغاء النشر",
    confirmUnpublish: "نعم، ألغِ النشر",
    unpublishTitle: "إلغاء نشر النسخة العربية؟",
    unpublished: "أُلغي نشرها",
    cancel: "تراجع",
    correction: "تصحيح",
    addNote: "أضِف الملاحظة",
    noteAdded: "أُضيفت الملاحظة",
    tooLong: "يجب ألّا تتجاوز الملاحظة 1,000 حرف.",
    notesTitle: "تصحيحات وتحديثات",
  },
} as const;

/** A new Arabic draft, made through the newsroom form; returns its Arabic editor URL. */
async function newArabicDraft(page: Page, ui: Ui, headline: string, body: string): Promise<string> {
  await page.goto(`/${ui}/newsroom/stories/new`);
  await page.locator("#sourceLocale").selectOption("ar");
  await page.locator("#headline").fill(headline);
  // Each run makes its own draft, in both interface languages: the slug tells them apart.
  await page.locator("#slug").fill(`مسودة-${ui}-${Date.now()}`);
  await page.locator("#dek").fill("موجز قصير عن الجلسة.");
  await page.locator("#body").fill(body);
  await page.locator("form.newsroom-form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${ui}/newsroom/stories/\\d+$`));
  return `${page.url()}/ar`;
}

for (const ui of ["en", "ar"] as const) {
  const w = words[ui];

  test(`(${ui} UI) the history diff of Arabic text keeps words whole, marks a shadda-only change, and restoring asks first`, async ({
    page,
  }) => {
    await signIn(page, "editor", ui);
    const editor = await newArabicDraft(
      page,
      ui,
      "حول المجلس المبلغ إلى الوزارة",
      "أعلنت وزارة الصحة حصيلة جديدة.",
    );
    await page.goto(editor);
    // A shadda turns «حول» (around) into «حوّل» (transferred); a word goes in mid-sentence.
    await page.locator("#headline").fill("حوّل المجلس المبلغ إلى الوزارة");
    await page.locator("#body").fill("أعلنت وزارة الصحة اللبنانية حصيلة جديدة.");
    await page.locator(".editor__form button[type=submit]").click();
    await expect(page.locator(".form-notice")).toBeVisible();

    await page.goto(`${editor}/history`);
    const diff = page.locator(".history-diff");
    const marks = diff.locator(".text-diff__marks").first();
    await expect(marks.locator("mark")).toHaveText("حوّل");
    await expect(marks.locator(".text-diff__note")).toContainText(w.marksNote);
    await expect(marks.locator(".text-diff__note")).toContainText("حول");
    // The inserted word is one whole word, never letter fragments glued to its neighbours.
    const inserted = diff.locator("ins");
    await expect(inserted).toHaveCount(1);
    await expect(inserted).toContainText("اللبنانية");
    expect(await diff.locator("del").count()).toBe(0);
    const direction = await diff
      .locator(".text-diff")
      .first()
      .evaluate((el) => getComputedStyle(el).direction);
    expect(direction).toBe("rtl");

    // Restoring goes through a confirm step that shows what it would change.
    await page.locator('tr[data-revision="1"]').getByRole("button", { name: w.restore }).click();
    await expect(page.getByRole("heading", { name: w.restoreTitle })).toBeVisible();
    await expect(diff.locator(".text-diff__marks mark").first()).toHaveText("حول");
    await expect(diff.locator("del").first()).toContainText("اللبنانية");
    await expect(page.locator("tr[data-revision]")).toHaveCount(2);
    await page.getByRole("button", { name: w.confirmRestore }).click();
    await expect(page.locator(".form-notice")).toBeVisible();
    await expect(page.locator("tr[data-revision]")).toHaveCount(3);
    await expect(page.locator('tr[data-revision="3"] td').nth(3)).toHaveText("حول المجلس المبلغ إلى الوزارة");
  });

  test(`(${ui} UI) a conflict compares the other version with yours, at the newsroom's time, keeping what was typed`, async ({
    browser,
  }) => {
    const first = await browser.newContext();
    // The second editor's browser is in another zone: the time shown must still be Beirut's.
    const second = await browser.newContext({ timezoneId: "America/New_York", locale: "en-US" });
    const a = await first.newPage();
    const b = await second.newPage();
    await signIn(a, "editor", ui);
    const editor = await newArabicDraft(a, ui, "جلسة طارئة لمجلس الوزراء", "فقرة أولى.");
    await signIn(b, "admin", ui);
    await a.goto(editor);
    await b.goto(editor);
    // The first editor holds the version's edit lock: the second takes it over (saves are never blocked by it).
    await b.locator("section.edit-lock form:not([method=get]) button").click();
    await a.locator("#dek").fill("ناقش المجلس خطة الكهرباء.");
    await a.locator(".editor__form button[type=submit]").click();
    await expect(a.locator(".form-notice")).toBeVisible();

    await b.locator("#dek").fill("أقرّ المجلس خطة الكهرباء.");
    await b.locator(".editor__form button[type=submit]").click();
    const theirs = b.locator(".conflict__theirs");
    await expect(theirs).toBeVisible();
    // Word by word: their verb struck, yours added, the rest shared.
    await expect(theirs.locator(".text-diff del")).toContainText("ناقش");
    await expect(theirs.locator(".text-diff ins")).toContainText("أقرّ");
    // The struck and the added word stand apart, each signed in text, not told apart by colour alone.
    const shown = await theirs.locator(".text-diff").first().innerText();
    expect(shown).not.toContain("ناقشأقرّ");
    expect(shown).toMatch(/−ناقش\s[^]*\+أقرّ/u);
    await expect(theirs.locator(".text-diff").first()).toHaveAttribute("dir", "rtl");
    await expect(b.locator("#dek")).toHaveValue("أقرّ المجلس خطة الكهرباء.");

    const storyId = Number(editor.split("/").at(-2));
    const [saved] = await queryE2eDatabase<{ createdAt: Date }>(
      `SELECT r."createdAt" FROM "TranslationRevision" r JOIN "StoryTranslation" t ON t."id" = r."translationId"
       WHERE t."storyId" = $1 AND t."locale" = 'ar' ORDER BY r."number" DESC LIMIT 1`,
      [storyId],
    );
    const clock = (timeZone: string) =>
      new Intl.DateTimeFormat("en-GB", {
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone,
      }).format(saved!.createdAt);
    const heading = theirs.locator("h2");
    await expect(heading).toContainText(clock("Asia/Beirut"));
    await expect(heading).not.toContainText(clock("America/New_York"));
    await first.close();
    await second.close();
  });
}

test("(en UI, with JavaScript) unpublishing asks first; cancelling changes nothing", async ({ page }) => {
  await signIn(page, "editor", "en");
  await page.goto("/en/newsroom/stories/new");
  await page.locator("#sourceLocale").selectOption("en");
  await page.locator("#headline").fill("Harbour cranes return to service");
  await page.locator("#dek").fill("Two cranes idle since the blast are working again.");
  await page.locator("#body").fill("The port said on Monday that both cranes passed inspection.");
  await page.locator("form.newsroom-form button[type=submit]").click();
  await expect(page).toHaveURL(/\/en\/newsroom\/stories\/\d+$/);
  const overview = page.url();
  const row = page.locator('tr[data-locale="en"]');
  await row.getByRole("button", { name: "Publish" }).click();
  await expect(page.locator(".form-notice")).toContainText("Published");
  const reader = "/en/story/harbour-cranes-return-to-service";
  expect((await page.request.get(reader)).status()).toBe(200);

  await row.getByRole("button", { name: words.en.unpublish }).click();
  await expect(page.getByRole("heading", { name: words.en.unpublishTitle })).toBeVisible();
  await page.getByRole("link", { name: words.en.cancel }).click();
  await expect(page).toHaveURL(overview);
  await expect(row.locator(".badge")).toHaveAttribute("data-state", "PUBLISHED");
  expect((await page.request.get(reader)).status()).toBe(200);

  await row.getByRole("button", { name: words.en.unpublish }).click();
  await page.getByRole("button", { name: words.en.confirmUnpublish }).click();
  await expect(page.locator(".form-notice")).toContainText(words.en.unpublished);
  expect((await page.request.get(reader)).status()).toBe(404);
});

test("(ar UI, without JavaScript) unpublishing goes through the same confirm step", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "editor", "ar");
  await page.goto("/ar/newsroom/stories/new");
  await page.locator("#sourceLocale").selectOption("ar");
  await page.locator("#headline").fill("عودة رافعات المرفأ إلى العمل");
  // Without JavaScript nothing suggests the slug.
  await page.locator("#slug").fill("عودة-رافعات-المرفأ-إلى-العمل");
  await page.locator("#dek").fill("رافعتان متوقفتان منذ الانفجار تعملان من جديد.");
  await page.locator("#body").fill("قال المرفأ إن الرافعتين اجتازتا الفحص.");
  await page.locator("form.newsroom-form button[type=submit]").click();
  await expect(page).toHaveURL(/\/ar\/newsroom\/stories\/\d+$/);
  const row = page.locator('tr[data-locale="ar"]');
  await row.getByRole("button", { name: "نشر" }).click();
  await expect(row.locator(".badge")).toHaveAttribute("data-state", "PUBLISHED");
  const reader = `/ar/story/${encodeURIComponent("عودة-رافعات-المرفأ-إلى-العمل")}`;
  expect((await page.request.get(reader)).status()).toBe(200);

  await row.getByRole("button", { name: words.ar.unpublish }).click();
  await expect(page.getByRole("heading", { name: words.ar.unpublishTitle })).toBeVisible();
  await expect(page.locator(".confirm-step")).toContainText("عودة رافعات المرفأ إلى العمل");
  await page.getByRole("button", { name: words.ar.confirmUnpublish }).click();
  await expect(page.locator(".form-notice")).toContainText(words.ar.unpublished);
  await expect(row.locator(".badge")).toHaveAttribute("data-state", "DRAFT");
  expect((await page.request.get(reader)).status()).toBe(404);
  await context.close();
});

// A bilingual demo story no other spec reads the text of.
const corrected = demoStory("tripoli-bus-line");
const notes = {
  en: "An earlier version gave the fare as 2 dollars; it is 200,000 pounds.",
  ar: "ذكرت نسخة سابقة أن الرحلة تستغرق ساعتين، والصحيح ساعة ونصف.",
};

for (const [ui, javaScriptEnabled] of [
  ["en", true],
  ["ar", false],
] as const) {
  const w = words[ui];
  test(`(${ui} UI, ${javaScriptEnabled ? "with" : "without"} JavaScript) an editor's correction reaches the story, its JSON-LD and its feed item`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, "editor", ui);
    const storyId = await demoStoryId(corrected);
    await page.goto(`/${ui}/newsroom/stories/${storyId}`);
    // The note goes under the version in the interface's own language.
    const panel = page.locator(`.corrections[data-locale="${ui}"]`);
    const text = panel.locator("textarea");
    const tooLong = `${notes[ui]} ${"x".repeat(1_000)}`;
    await text.fill(tooLong);
    await panel.getByRole("button", { name: w.addNote }).click();
    await expect(panel.locator(".field-error")).toHaveText(w.tooLong);
    await expect(panel.locator("textarea")).toHaveValue(tooLong);

    await panel.locator("textarea").fill(notes[ui]);
    await panel.getByRole("radio", { name: w.correction }).check();
    await panel.getByRole("button", { name: w.addNote }).click();
    await expect(page.locator(".form-notice")).toContainText(w.noteAdded);
    await expect(page.locator(`.corrections[data-locale="${ui}"] li`)).toContainText(notes[ui]);

    const [row] = await queryE2eDatabase<{ createdAt: Date }>(
      `SELECT c."createdAt" FROM "TranslationCorrection" c JOIN "StoryTranslation" t ON t."id" = c."translationId"
       WHERE t."storyId" = $1 AND t."locale" = $2 ORDER BY c."id" DESC LIMIT 1`,
      [storyId, ui],
    );
    const at = row!.createdAt.toISOString();

    const reader = await context.newPage();
    await reader.goto(storyUrl(corrected, ui));
    const section = reader.locator(".story-notes");
    await expect(section.getByRole("heading", { name: w.notesTitle })).toBeVisible();
    const note = section.locator(".story-note").last();
    await expect(note.locator(".story-note__label")).toContainText(w.correction);
    await expect(note.locator("time")).toHaveAttribute("datetime", at);
    await expect(note.locator(".story-note__text")).toHaveText(notes[ui]);
    await expect(note.locator(".story-note__text")).toHaveAttribute("dir", "auto");
    const direction = await note
      .locator(".story-note__text")
      .evaluate((el) => getComputedStyle(el).direction);
    expect(direction).toBe(ui === "ar" ? "rtl" : "ltr");

    const blocks = await reader.locator('script[type="application/ld+json"]').allTextContents();
    const article = blocks
      .map((block) => JSON.parse(block) as Record<string, unknown>)
      .find((data) => data["@type"] === "NewsArticle")!;
    expect(article["dateModified"]).toBe(at);
    expect(article["correction"]).toContainEqual({
      "@type": "CorrectionComment",
      text: notes[ui],
      datePublished: at,
    });

    // The notes keep the page valid HTML (W3C checker), like every reading page.
    const html = await (await page.request.get(storyUrl(corrected, ui))).text();
    expect(await htmlErrors(new Map([[storyUrl(corrected, ui), html]]))).toEqual([]);

    const feed = await (await page.request.get(`/${ui}/feed.xml`)).text();
    const item = feed
      .split("<item>")
      .find((each) => each.includes(storyUrl(corrected, ui).split("/").at(-1)!));
    expect(item).toContain(notes[ui]);
    expect(item).toContain(w.correction);
    await context.close();
  });
}
