import { expect, test } from "@playwright/test";
import { arabicOnlyStory } from "./demo-stories";
import { queryE2eDatabase } from "./support/e2e-database";
import { signIn } from "./newsroom-helpers";

// Sixty English drafts last changed long ago: they fill a second page of the
// newsroom's list without moving any story other specs look for, and
// readers never see them.
const BULK = 60;

test.use({ javaScriptEnabled: false });

test.beforeAll(async () => {
  await queryE2eDatabase(
    `WITH stories AS (
       INSERT INTO "Story" (key, "sourceLocale", "sectionId", "lastUpdatedAt")
       SELECT 'e2e-bulk-' || n, 'en', (SELECT min(id) FROM "Section"), timestamp '2001-01-01' + n * interval '1 minute'
       FROM generate_series(1, $1::int) AS n
       RETURNING id, key)
     INSERT INTO "StoryTranslation" ("storyId", locale, slug, headline, dek, body, status)
     SELECT id, 'en', key, 'Bulk draft ' || key, '', '', 'DRAFT' FROM stories`,
    [BULK],
  );
});

test.afterAll(async () => {
  await queryE2eDatabase(`DELETE FROM "Story" WHERE key LIKE 'e2e-bulk-%'`);
});

async function storyCount(): Promise<number> {
  const [row] = await queryE2eDatabase<{ count: string }>(`SELECT count(*) FROM "Story"`);
  return Number(row!.count);
}

test("the story list pages fifty at a time with links that work without JavaScript", async ({ page }) => {
  const total = await storyCount();
  const pages = Math.ceil(total / 50);
  await signIn(page, "editor");
  const rows = page.locator("table tbody tr");
  const pager = page.getByRole("navigation", { name: "Pages of stories" });
  await expect(page.getByRole("status").first()).toHaveText(`${total} stories`);
  await expect(rows).toHaveCount(50);
  await expect(pager).toContainText(`Page 1 of ${pages}`);
  const firstPageIds = await rows.evaluateAll((each) => each.map((row) => row.getAttribute("data-story-id")));

  await pager.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/en\/newsroom\?page=2$/);
  await expect(pager).toContainText(`Page 2 of ${pages}`);
  const secondPageIds = await rows.evaluateAll((each) =>
    each.map((row) => row.getAttribute("data-story-id")),
  );
  expect(secondPageIds.length).toBe(Math.min(50, total - 50));
  expect(secondPageIds.filter((id) => firstPageIds.includes(id))).toEqual([]);

  // Far past the end: the last page, not an error.
  await page.goto(`/en/newsroom?page=999999`);
  await expect(pager).toContainText(`Page ${pages} of ${pages}`);
  await expect(rows.last()).toContainText("Bulk draft e2e-bulk-1");
  await expect(pager.getByRole("link", { name: "Previous page" })).toHaveAttribute(
    "href",
    pages > 2 ? `/en/newsroom?page=${pages - 1}` : "/en/newsroom",
  );
});

test("filters are applied by the database and kept from page to page", async ({ page }) => {
  const [{ count }] = (await queryE2eDatabase<{ count: string }>(
    `SELECT count(*) FROM "Story" s
     WHERE s.id IN (SELECT v."storyId" FROM "StoryTranslation" v
                    WHERE v.locale = 'en' AND v.status = 'DRAFT'
                      AND NOT (v.locale <> s."sourceLocale" AND v."sourceRevision" < s."sourceRevision"))`,
  )) as [{ count: string }];
  const drafts = Number(count);
  expect(drafts).toBeGreaterThan(50);
  await signIn(page, "editor");
  const filters = page.getByRole("form", { name: "Filter stories" });
  await filters.getByLabel("Language").selectOption("en");
  await filters.getByLabel("Status").selectOption("DRAFT");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/locale=en/);
  await expect(page).toHaveURL(/status=DRAFT/);
  await expect(page.getByRole("status").first()).toHaveText(`${drafts} stories`);
  const next = page
    .getByRole("navigation", { name: "Pages of stories" })
    .getByRole("link", { name: "Next page" });
  await expect(next).toHaveAttribute("href", "/en/newsroom?locale=en&status=DRAFT&page=2");
  await next.click();
  await expect(page.locator("table tbody tr")).toHaveCount(drafts - 50);
  await expect(filters.getByLabel("Status")).toHaveValue("DRAFT");
});

test("the Arabic newsroom says which page it is on, right to left", async ({ page }) => {
  const pages = Math.ceil((await storyCount()) / 50);
  await signIn(page, "editor", "ar");
  const pager = page.getByRole("navigation", { name: "صفحات الأخبار" });
  await expect(pager).toContainText(`الصفحة 1 من ${pages}`);
  await expect(pager).toHaveCSS("direction", "rtl");
  await expect(pager.getByRole("link", { name: "الصفحة التالية" })).toHaveAttribute(
    "href",
    "/ar/newsroom?page=2",
  );
});

test("the headline filter finds an Arabic headline typed without hamza, shadda or alef maqsura", async ({
  page,
}) => {
  const [story] = await queryE2eDatabase<{ id: number }>(`SELECT id FROM "Story" WHERE key = $1`, [
    arabicOnlyStory.key,
  ]);
  // «الأهوار … مربّي … إلى» as a hurried editor types it.
  const typed = "الاهوار يدفع مربي الجواميس في جنوب العراق الى";
  expect(arabicOnlyStory.translations.ar!.headline).not.toContain(typed);
  await signIn(page, "editor", "ar");
  const search = page.getByLabel("العنوان يتضمّن");
  await search.fill(typed);
  await search.press("Enter");
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.locator("table tbody tr")).toHaveCount(1);
  await expect(page.locator(`table tbody tr[data-story-id="${story!.id}"]`)).toBeVisible();
  await expect(search).toHaveValue(typed);
});
