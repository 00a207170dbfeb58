import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoStory, storyUrl } from "./demo-stories";
import { account, signIn } from "./newsroom-helpers";
import { waitForUsableToken } from "./support/comment-token";
import { demoStoryId } from "./support/demo-story-id";
import { queryE2eDatabase } from "./support/e2e-database";
import { reportComment } from "./support/report-comment";

// Stories of their own: no other spec comments on them.
const story = demoStory("byblos-excavation");
const other = demoStory("wildfire-season");

/** A bare sentence: the audit log isolates names and headlines with U+2068 … U+2069. */
const bare = (text: string | null) => (text ?? "").replace(/[\u2068\u2069]/g, "");

async function postComment(page: Page, url: string, name: string, body: string) {
  // Every spec posts from this one machine's address, which may post ten
  // comments in ten minutes; the limit itself is comments.spec's business.
  await queryE2eDatabase(`DELETE FROM "RateLimitBucket" WHERE "key" LIKE 'comment:%'`);
  await page.goto(url);
  await page.locator("#comment-name").fill(name);
  await page.locator("#comment-body").fill(body);
  await waitForUsableToken(page);
  await page.locator(".comment-form button[type=submit]").click();
  await expect(page.locator(".form-notice")).toBeVisible();
}

async function newsroom(browser: Browser, role: "admin" | "editor", locale: "en" | "ar", javaScript = true) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await signIn(page, role, locale);
  return { page, close: () => context.close() };
}

test.describe("moderation", () => {
  test("a reader reports with a reason without JavaScript; a moderator sees it in Arabic, hides and un-hides", async ({
    browser,
    page,
  }) => {
    const url = storyUrl(story, "en");
    await postComment(page, url, "Spammer", "Cheap watches for sale, visit my shop today.");
    const readerContext = await browser.newContext({ javaScriptEnabled: false });
    const reader = await readerContext.newPage();
    await reader.goto(url);
    const comment = reader.locator(".comment", { hasText: "Cheap watches" });
    await reportComment(comment, "Spam or advertising");
    await expect(reader.locator("h1")).toHaveText("Thanks: the editors will look at this comment.");

    const editor = await newsroom(browser, "editor", "ar");
    await editor.page.goto("/ar/newsroom/comments");
    await editor.page.getByLabel("المُبلَّغ عنها فقط").check();
    await editor.page.getByRole("button", { name: "عرض", exact: true }).click();
    await expect(editor.page).toHaveURL(/reported=1/);
    const item = editor.page.locator(".moderation-queue > li", { hasText: "Cheap watches" });
    await expect(item).toContainText("أُبلغ عنه مرة واحدة");
    await expect(item.locator('[data-reason="SPAM"]')).toHaveText("«رسائل مزعجة أو إعلان»: بلاغ واحد");
    await item.getByRole("button", { name: "إخفاء" }).click();
    await expect(editor.page.locator(".form-notice")).toHaveText("أُخفي التعليق.");
    // The list keeps its filters after the step.
    await expect(editor.page).toHaveURL(/reported=1/);

    await reader.goto(url);
    await expect(reader.locator(".comment", { hasText: "Cheap watches" })).toHaveCount(0);

    await editor.page.goto("/ar/newsroom/comments");
    await editor.page.locator('select[name="status"]').selectOption("HIDDEN");
    await editor.page.getByRole("button", { name: "عرض", exact: true }).click();
    const hidden = editor.page.locator(".moderation-queue > li", { hasText: "Cheap watches" });
    await expect(hidden).toHaveAttribute("data-status", "HIDDEN");
    await hidden.getByRole("button", { name: "إعادة إظهار" }).click();
    await expect(editor.page.locator(".form-notice")).toHaveText("أُعيد إظهار التعليق.");

    await reader.goto(url);
    await expect(reader.locator(".comment", { hasText: "Cheap watches" })).toHaveCount(1);
    await editor.close();
    await readerContext.close();
  });

  test("every comment of a story, filtered, and a bulk step on the ticked ones, without JavaScript", async ({
    browser,
    page,
  }) => {
    const url = storyUrl(other, "en");
    await postComment(page, url, "Nour", "First comment to tidy up in bulk.");
    await postComment(page, url, "Nour", "Second comment to tidy up in bulk.");
    await postComment(page, url, "Nour", "Third comment, left alone.");

    const editor = await newsroom(browser, "editor", "en", false);
    await editor.page.goto("/en/newsroom/comments");
    await editor.page.locator('select[name="story"]').selectOption(String(await demoStoryId(other)));
    await editor.page.getByRole("button", { name: "Show", exact: true }).click();
    const items = editor.page.locator(".moderation-queue > li");
    await expect(items).toHaveCount(3);
    await expect(editor.page.getByText("3 comments", { exact: true })).toBeVisible();

    for (const text of ["First comment", "Second comment"]) {
      await items.filter({ hasText: text }).getByRole("checkbox").check();
    }
    await editor.page.locator(".bulk-moderation select").selectOption("hide");
    await editor.page.getByRole("button", { name: "Apply to the selected comments" }).click();
    await expect(editor.page.locator(".form-notice")).toHaveText("2 comments changed.");
    await expect(items.filter({ hasText: "to tidy up" })).toHaveCount(2);
    for (const item of await items.filter({ hasText: "to tidy up" }).all()) {
      await expect(item).toHaveAttribute("data-status", "HIDDEN");
    }
    await expect(items.filter({ hasText: "left alone" })).toHaveAttribute("data-status", "VISIBLE");

    // Nothing ticked: said so, nothing changed.
    await editor.page.getByRole("button", { name: "Apply to the selected comments" }).click();
    await expect(editor.page.locator(".form-error")).toHaveText("Select at least one comment first.");

    await page.goto(url);
    await expect(page.locator(".comment", { hasText: "to tidy up" })).toHaveCount(0);
    await expect(page.locator(".comment", { hasText: "left alone" })).toHaveCount(1);
    await editor.close();
  });
});

test.describe("audit log", () => {
  test("records sign-in failures over the limit and moderation, as sentences in both languages, filtered, linked and exported", async ({
    browser,
    page,
  }) => {
    // Five wrong passwords: the fifth reaches the limit and is recorded.
    await page.goto("/en/newsroom/sign-in");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.locator("#email").fill("intruder@example.com");
      await page.locator("#password").fill(`guess-${attempt}`);
      await page.locator('form.newsroom-form button[type="submit"]').click();
      await expect(page.locator(".form-error")).toBeVisible();
      await expect(page.locator("#password")).toHaveValue("");
    }

    const url = storyUrl(story, "ar");
    await postComment(page, url, "سامر", "تعليق سيُخفيه المدير.");
    const admin = await newsroom(browser, "admin", "en");
    await admin.page.goto("/en/newsroom/comments");
    await admin.page
      .locator(".moderation-queue > li", { hasText: "تعليق سيُخفيه المدير." })
      .getByRole("button", { name: "Hide" })
      .click();
    await expect(admin.page.locator(".form-notice")).toHaveText("Comment hidden.");

    await admin.page.getByRole("link", { name: "Audit log" }).click();
    const rows = admin.page.locator("table.audit-log tbody tr");
    const sentences = async () => (await rows.locator(".audit-log__sentence").allTextContents()).map(bare);
    expect(await sentences()).toEqual(
      expect.arrayContaining([
        `${account("admin").name} hid the comment by سامر on ${story.translations.ar!.headline}`,
        "Failed sign-ins to intruder@example.com went over the limit (5 failed attempts); further attempts must wait",
      ]),
    );
    await expect(admin.page.locator("table.audit-log")).not.toContainText("comment.hide");

    // Filters: a GET form, so each view has its URL.
    await admin.page.locator('select[name="action"]').selectOption({ label: "Comment hidden" });
    await admin.page.locator('input[name="story"]').fill(String(await demoStoryId(story)));
    await admin.page.getByRole("button", { name: "Show", exact: true }).click();
    await expect(admin.page).toHaveURL(/action=comment\.hide&story=\d+/);
    expect((await sentences()).every((text) => text.includes(" hid the comment by "))).toBe(true);
    const hideRow = rows.filter({ hasText: "سامر" });
    await expect(hideRow.getByRole("link", { name: "Story", exact: true })).toHaveAttribute(
      "href",
      `/en/newsroom/stories/${await demoStoryId(story)}`,
    );
    await hideRow.getByRole("link", { name: "History" }).click();
    await expect(admin.page).toHaveURL(
      new RegExp(`/en/newsroom/stories/${await demoStoryId(story)}/ar/history$`),
    );
    await admin.page.goBack();

    await admin.page.locator('select[name="actor"]').selectOption({ label: "Nobody signed in" });
    await admin.page.locator('select[name="action"]').selectOption("");
    await admin.page.locator('input[name="story"]').fill("");
    await admin.page.getByRole("button", { name: "Show", exact: true }).click();
    expect((await sentences()).every((text) => text.startsWith("Failed sign-ins to "))).toBe(true);

    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Beirut" }).format(new Date());
    await admin.page.goto(`/en/newsroom/audit?from=${today}&to=${today}&action=signin.throttled`);
    await expect(rows.first()).toBeVisible();
    await admin.page.goto(`/en/newsroom/audit?to=2000-01-01`);
    await expect(admin.page.getByText("Nothing matches these filters.")).toBeVisible();
    // A page past the end shows the last page.
    await admin.page.goto(`/en/newsroom/audit?page=999999`);
    await expect(rows.first()).toBeVisible();

    // The same entries in Arabic, right to left.
    await admin.page.goto("/ar/newsroom/audit?action=comment.hide");
    await expect(admin.page.locator("html")).toHaveAttribute("dir", "rtl");
    expect(await sentences()).toContain(
      `أخفى ${account("admin").name} تعليق سامر على الخبر ${story.translations.ar!.headline}`,
    );
    await expect(admin.page.locator("table.audit-log")).not.toContainText("comment.hide");

    // CSV of the filtered entries, for admins only.
    const csv = await admin.page.request.get("/en/newsroom/audit/export?action=signin.throttled");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toMatch(
      /^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      '"Entry","When (UTC)","Who","Email","Code","What happened","Subject","Story","Details"',
    );
    expect(lines.slice(1).every((line) => line.includes('"signin.throttled"'))).toBe(true);
    expect(lines.join("\n")).toContain('"account:intruder@example.com"');
    await admin.close();

    const editor = await newsroom(browser, "editor", "en");
    expect((await editor.page.request.get("/en/newsroom/audit/export")).status()).toBe(403);
    await editor.close();
    const anonymous = await browser.newContext();
    expect((await anonymous.request.get("/en/newsroom/audit/export")).status()).toBe(401);
    await anonymous.close();
  });
});

test.describe("coverage chart", () => {
  for (const locale of ["en", "ar"] as const) {
    test(`labels sit inside the chart, beside bars growing from the ${locale === "ar" ? "right" : "left"} (${locale})`, async ({
      page,
    }) => {
      await signIn(page, "editor", locale);
      await page.goto(`/${locale}/newsroom/coverage`);
      const svg = page.locator(".coverage-chart svg");
      const chart = (await svg.boundingBox())!;
      const rows = svg.locator("g[data-section]");
      expect(await rows.count()).toBeGreaterThanOrEqual(6);
      const barEdges: number[] = [];
      for (const row of await rows.all()) {
        const label = (await row.locator("text").boundingBox())!;
        expect(label.width).toBeGreaterThan(10);
        expect(label.x).toBeGreaterThanOrEqual(chart.x - 1);
        expect(label.x + label.width).toBeLessThanOrEqual(chart.x + chart.width + 1);
        const bars = await Promise.all(
          (await row.locator("rect").all()).map(async (bar) => (await bar.boundingBox())!),
        );
        // A section with no story has no bar.
        if (bars.length === 0) continue;
        if (locale === "ar") {
          // Labels on the right, bars to their left, the first state at the right end.
          expect(label.x + label.width).toBeGreaterThan(chart.x + chart.width * 0.6);
          for (const bar of bars) expect(bar.x + bar.width).toBeLessThanOrEqual(label.x + 1);
          for (let i = 1; i < bars.length; i++) expect(bars[i]!.x).toBeLessThan(bars[i - 1]!.x);
          barEdges.push(bars[0]!.x + bars[0]!.width);
        } else {
          expect(label.x).toBeLessThan(chart.x + chart.width * 0.4);
          for (const bar of bars) expect(bar.x).toBeGreaterThanOrEqual(label.x + label.width - 1);
          for (let i = 1; i < bars.length; i++) expect(bars[i]!.x).toBeGreaterThan(bars[i - 1]!.x);
          barEdges.push(bars[0]!.x);
        }
      }
      // Every bar starts from the same edge.
      expect(Math.max(...barEdges) - Math.min(...barEdges)).toBeLessThan(1);
      if (locale === "ar") {
        await expect(rows.first().locator("text")).toContainText(/العربية|الإنكليزية/);
        expect(await rows.first().locator("text").textContent()).toMatch(/\p{Script=Arabic}/u);
      }
    });
  }
});
