import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { bilingualStory } from "@/tests/e2e/demo-stories";
import { signIn } from "@/tests/e2e/newsroom-helpers";
import { demoStoryId } from "@/tests/e2e/support/demo-story-id";
import { e2eDatabaseUrl } from "@/tests/e2e/support/e2e-server";
import { LIVE_ACCESS_STORY, withStoryId } from "@/tests/e2e/support/newsroom-page-access";

// Every form the newsroom shows an admin, submitted after the session is
// gone, with a valid PNG attached (an upload field added where the form has
// none): each Server Action must refuse before doing anything, so not a
// single row, uploads included, may appear or change.

const png = path.join(import.meta.dirname, "fixtures/lead.png");

const PAGES = [
  "/en/newsroom",
  "/en/newsroom/stories/new",
  "/en/newsroom/stories/[storyId]",
  "/en/newsroom/stories/[storyId]/ar",
  "/en/newsroom/stories/[storyId]/en/history",
  "/en/newsroom/comments",
  "/en/newsroom/users",
  "/en/newsroom/stories/[liveStoryId]/live",
];

// Sessions and sign-in counters change by signing in between submissions.
const TABLES = [
  "MediaAsset",
  "Story",
  "StoryTranslation",
  "TranslationRevision",
  "TranslationDraft",
  "StoryAuthor",
  "RetiredSlug",
  "AuditEntry",
  "Comment",
  "User",
  "Account",
  "SiteSetting",
  "LiveEntry",
  "LiveEntryTranslation",
  "LiveEntryRevision",
];

async function snapshot(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    const rows: Record<string, string> = {};
    for (const table of TABLES) {
      const {
        rows: [row],
      } = await client.query<{ digest: string }>(
        `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM "${table}" t`,
      );
      rows[table] = row!.digest;
    }
    return rows;
  } finally {
    await client.end();
  }
}

async function postForms(page: Page): Promise<number> {
  return page
    .locator("form")
    .evaluateAll(
      (forms) => forms.filter((form) => (form as HTMLFormElement).method.toLowerCase() === "post").length,
    );
}

test("no newsroom action stores anything for a caller without a session, uploads included", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const before = await snapshot();
  let submitted = 0;
  const storyId = await demoStoryId(bilingualStory);
  const liveStoryId = await demoStoryId(LIVE_ACCESS_STORY);
  for (const pathname of PAGES.map((page) => withStoryId(page, storyId, liveStoryId))) {
    await signIn(page, "admin");
    await page.goto(pathname);
    const count = await postForms(page);
    for (let index = 0; index < count; index++) {
      if (index > 0) {
        await signIn(page, "admin");
        await page.goto(pathname);
      }
      await page.context().clearCookies();
      const form = page.locator("form[method='post' i], form[method='POST']").nth(index);
      await form.evaluate((element) => {
        const formElement = element as HTMLFormElement;
        formElement.noValidate = true;
        if (!formElement.querySelector("input[type=file]")) {
          const input = document.createElement("input");
          input.type = "file";
          input.name = "upload";
          formElement.append(input);
        }
      });
      await form.locator("input[type=file]").first().setInputFiles(png);
      const posted = page.waitForResponse((response) => response.request().method() === "POST");
      await form.evaluate((element) => (element as HTMLFormElement).requestSubmit());
      const response = await posted;
      expect(response.status(), `${pathname} form ${index}`).toBeLessThan(500);
      submitted++;
    }
  }
  expect(submitted).toBeGreaterThanOrEqual(8);
  expect(await snapshot()).toEqual(before);
});
