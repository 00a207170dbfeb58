import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./newsroom-helpers";

const fixtures = path.join(import.meta.dirname, "fixtures");

test.describe("editorial work in the newsroom", () => {
  test("an editor creates a story with an uploaded image; bad input is refused next to its field, kept", async ({
    page,
  }) => {
    await signIn(page, "editor", "ar");
    await page.getByRole("link", { name: "خبر جديد" }).click();
    await page.locator("#sourceLocale").selectOption("ar");
    await page.locator("#headline").fill("افتتاح مكتبة عامة جديدة في صيدا");
    await expect(page.locator("#slug")).toHaveValue("افتتاح-مكتبة-عامة-جديدة-في-صيدا");
    await page.locator("#body").fill("فقرة أولى عن المكتبة.");
    await page.locator("#upload").setInputFiles(path.join(fixtures, "not-an-image.png"));
    await page.locator("form.newsroom-form button[type=submit]").click();
    await expect(page.locator("#image-error")).toHaveText("هذا الملف ليس صورة PNG أو JPEG أو WebP.");
    await expect(page.locator("#headline")).toHaveValue("افتتاح مكتبة عامة جديدة في صيدا");

    // Every problem shows at once: the missing summary too.
    await expect(page.locator("#dek-error")).toHaveText("هذا الحقل مطلوب.");

    await page.locator("#upload").setInputFiles(path.join(fixtures, "lead.png"));
    await page.locator("form.newsroom-form button[type=submit]").click();
    // This answer is in once the image error is gone.
    await expect(page.locator("#image-error")).toHaveCount(0);
    await expect(page.locator("#dek-error")).toHaveText("هذا الحقل مطلوب.");
    await expect(page.locator("#body")).toHaveValue("فقرة أولى عن المكتبة.");
    // The sound image sent with the refused text is kept and offered again, chosen.
    const kept = page.getByRole("radio", { name: "الصورة التي رفعتَها" });
    await expect(kept).toBeChecked();
    await expect(page.getByText("احتفظنا بالصورة التي رفعتَها")).toBeVisible();

    // Sent again without choosing the file again.
    await page.locator("#dek").fill("تفتح المكتبة أبوابها للقرّاء مجانًا ابتداءً من الأسبوع المقبل.");
    await page.locator("form.newsroom-form button[type=submit]").click();
    await expect(page).toHaveURL(/\/ar\/newsroom\/stories\/\d+$/);
    await expect(page.locator('tr[data-locale="ar"] .badge')).toHaveAttribute("data-state", "DRAFT");
    await expect(page.locator('tr[data-locale="en"] .badge')).toHaveAttribute("data-state", "missing");

    // The preview shows the draft exactly as readers would, with the uploaded image.
    await page.locator('tr[data-locale="ar"]').getByRole("link", { name: "معاينة" }).click();
    await expect(page.locator("h1")).toHaveText("افتتاح مكتبة عامة جديدة في صيدا");
    await expect(page).toHaveTitle("معاينة: افتتاح مكتبة عامة جديدة في صيدا | أخبار المشرق");
    const image = page.locator(".story__figure img");
    await expect(image).toHaveAttribute("src", /^\/media\/[0-9a-f]{64}$/);
    const src = (await image.getAttribute("src"))!;
    const response = await page.request.get(src);
    expect(response.headers()["content-type"]).toBe("image/png");
    // Readers cannot see it yet, nor can anyone outside the newsroom preview it.
    const anonymous = await page.context().browser()!.newPage();
    await anonymous.goto(page.url());
    await expect(anonymous).toHaveURL(/\/newsroom\/sign-in/);
    await anonymous.close();
  });

  test("a body nested past the limits is refused next to the field, kept, and previewed as plain text", async ({
    page,
  }) => {
    const deep = "> > > > اقتباس داخل اقتباس\n\n- بند\n  - بند\n    - بند\n      - بند";
    const tooDeep = "يجب ألّا يتجاوز تداخل الاقتباسات والقوائم 3 مستويات.";
    await signIn(page, "editor", "ar");
    await page.goto("/ar/newsroom/stories/new");
    await page.locator("#sourceLocale").selectOption("ar");
    await page.locator("#headline").fill("مسودة لاختبار حدود النص");
    await page.locator("#dek").fill("موجز قصير.");
    await page.locator("#body").fill(deep);
    await page.locator("form.newsroom-form button[type=submit]").click();
    await expect(page.locator("#body-error")).toHaveText(tooDeep);
    await expect(page.locator("#body")).toHaveValue(deep);

    await page.locator("#body").fill("فقرة أولى.");
    await page.locator("form.newsroom-form button[type=submit]").click();
    await expect(page).toHaveURL(/\/ar\/newsroom\/stories\/\d+$/);
    await page.goto(`${page.url()}/ar`);
    await page.locator("#body").fill(deep);
    // The live preview shows such a body as text and never hands it to the Markdown parser.
    await expect(page.locator(".editor__preview .story-body p")).toHaveCount(2);
    await expect(page.locator(".editor__preview .story-body blockquote")).toHaveCount(0);
    await page.locator(".editor__form button[type=submit]").click();
    await expect(page.locator("#body-error")).toHaveText(tooDeep);
    await expect(page.locator("#body")).toHaveValue(deep);
    await expect(page.locator("#body")).toHaveAttribute("aria-invalid", "true");
  });

  test("history compares any two revisions and restores one as the newest", async ({ page }) => {
    await signIn(page, "editor");
    // A draft of its own, so no reader page changes.
    await page.goto("/en/newsroom/stories/new");
    await page.locator("#sourceLocale").selectOption("en");
    await page.locator("#headline").fill("Council debates the coastal path");
    await page.locator("#dek").fill("A first reading of the plan drew objections from fishermen.");
    await page.locator("#body").fill("The council met on Monday.");
    await page.locator("form.newsroom-form button[type=submit]").click();
    await expect(page).toHaveURL(/\/en\/newsroom\/stories\/\d+$/);
    await page.goto(`${page.url()}/en`);
    await page.locator("#headline").fill("Council approves the coastal path");
    await page.locator(".editor__form button[type=submit]").click();
    await expect(page.locator(".form-notice")).toBeVisible();

    await page.goto(`${page.url().split("?")[0]}/history`);
    await expect(page.locator(".history-diff del").first()).toContainText("debates");
    await expect(page.locator(".history-diff ins").first()).toContainText("approves");
    await expect(page.locator("tr[data-revision]")).toHaveCount(2);
    await page.locator('tr[data-revision="1"]').getByRole("button").click();
    await page.getByRole("button", { name: "Yes, restore revision 1" }).click();
    await expect(page.locator(".form-notice")).toBeVisible();
    await expect(page.locator("tr[data-revision]")).toHaveCount(3);
    await expect(page.locator('tr[data-revision="3"] td').nth(3)).toHaveText(
      "Council debates the coastal path",
    );
  });

  test("the coverage dashboard counts every section and language, as a chart and as numbers", async ({
    page,
  }) => {
    await signIn(page, "translator.ar");
    await page.getByRole("link", { name: "Translation coverage" }).click();
    await expect(page.locator(".coverage-chart svg rect").first()).toBeVisible();
    const rows = page.locator(".coverage-table tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(6);
    for (const row of await rows.all()) {
      const cells = await row.locator("td[data-state]").allTextContents();
      const total = Number(await row.locator("td").last().textContent());
      expect(cells.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  test("an admin changes a role, which the audit log records", async ({ page }) => {
    await signIn(page, "admin");
    await page.getByRole("link", { name: "Users" }).click();
    const row = page.locator('tr[data-email="translator.en@example.com"]');
    await row.locator('input[value="ar"]').check();
    await row.getByRole("button", { name: "Save" }).click();
    await expect(page.locator(".form-notice")).toBeVisible();
    await page.getByRole("link", { name: "Audit log" }).click();
    await expect(page.locator("tbody tr").first()).toContainText("changed the role of");
    await expect(page.locator("tbody tr").first()).toContainText("translator.en@example.com");
  });
});

test("two people saving the same version: the second is refused, both versions shown, nothing lost", async ({
  browser,
}) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await signIn(a, "editor");
  await a.goto("/en/newsroom/stories/new");
  await a.locator("#sourceLocale").selectOption("en");
  await a.locator("#headline").fill("Port authority names a new director");
  await a.locator("#dek").fill("The appointment ends months of interim management.");
  await a.locator("#body").fill("The board voted on Tuesday.");
  await a.locator("form.newsroom-form button[type=submit]").click();
  await expect(a).toHaveURL(/\/stories\/\d+$/);
  const editorUrl = `${a.url()}/en`;

  await signIn(b, "admin");
  await a.goto(editorUrl);
  await b.goto(editorUrl);
  // The first one holds the edit lock; the second takes it over, and the
  // refusal of a save over a newer revision still guards what the first had open.
  await b.getByRole("button", { name: "Take over" }).click();
  await expect(b.locator(".form-notice")).toContainText("You took this version over");
  await a.locator("#dek").fill("First editor's summary.");
  await a.locator(".editor__form button[type=submit]").click();
  await expect(a.locator(".form-notice")).toBeVisible();

  await b.locator("#dek").fill("Second editor's summary.");
  await b.locator(".editor__form button[type=submit]").click();
  await expect(b.locator(".form-error")).toContainText("Someone else saved this version");
  await expect(b.locator(".conflict__theirs")).toContainText("First editor's summary.");
  await expect(b.locator("#dek")).toHaveValue("Second editor's summary.");
  // Saving again, knowingly, keeps the second version.
  await b.locator(".editor__form button[type=submit]").click();
  await expect(b.locator(".form-notice")).toBeVisible();
  await expect(b.locator("#dek")).toHaveValue("Second editor's summary.");
  await first.close();
  await second.close();
});
