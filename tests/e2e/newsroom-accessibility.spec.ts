import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { englishOnlyStory } from "./demo-stories";
import { signIn, takeOverIfLocked, type DemoRole } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";
import { ACCESS_STORY, LIVE_ACCESS_STORY, PUBLIC_NEWSROOM_PAGES } from "./support/newsroom-page-access";
import { isDynamicSegment, newsroomPageRoutes } from "./support/newsroom-routes";

// Every WCAG 2.x A and AA rule axe has, and its best practices.
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];
const LOCALES = ["en", "ar"] as const;

/**
 * Real values for each dynamic segment of a newsroom route; every
 * combination is visited. A page whose route has a segment missing here
 * fails the test instead of being skipped.
 */
async function segmentValues(): Promise<Record<string, string[]>> {
  return {
    "[storyId]": [String(await demoStoryId(ACCESS_STORY))],
    "[target]": ["en", "ar"],
  };
}

function expand(route: string, values: Record<string, string[]>): string[] {
  let paths = [""];
  for (const part of route.split("/").slice(1)) {
    const options = isDynamicSegment(part) ? values[part] : [part];
    if (!options) throw new Error(`No value for ${part} of ${route}: add one to segmentValues()`);
    paths = paths.flatMap((prefix) => options.map((option) => `${prefix}/${option}`));
  }
  return paths;
}

/** Every newsroom page from the file system, plus states that only some stories show. */
async function newsroomPages(): Promise<string[]> {
  const values = await segmentValues();
  const routes = newsroomPageRoutes().filter((route) => !(route in PUBLIC_NEWSROOM_PAGES));
  // A translation that does not exist yet: the source beside fields that start from it.
  const newTranslation = `/newsroom/stories/${await demoStoryId(englishOnlyStory)}/ar`;
  // The live desk exists for live coverage only.
  const live = { ...values, "[storyId]": [String(await demoStoryId(LIVE_ACCESS_STORY))] };
  return [
    ...routes.flatMap((route) => expand(route, route.endsWith("/live") ? live : values)),
    newTranslation,
  ];
}

async function violationsOn(page: Page, who: string, path: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${who} ${path}: ${violation.id} (${violation.impact}) at ${violation.nodes
        .slice(0, 4)
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}

test.describe("newsroom accessibility (axe)", () => {
  test.setTimeout(600_000);

  test("the public newsroom pages have no violations, in English and Arabic", async ({ page }) => {
    const found: string[] = [];
    for (const route of Object.keys(PUBLIC_NEWSROOM_PAGES)) {
      for (const locale of LOCALES) {
        const path = `/${locale}${route}`;
        expect((await page.goto(path))?.status(), path).toBe(200);
        found.push(...(await violationsOn(page, "anonymous", path)));
      }
    }
    expect(found).toEqual([]);
  });

  test("forms showing their errors have no violations, in English and Arabic", async ({ page }) => {
    // Leaving a refused editor asks first (unsaved edits): this journey means to leave.
    page.on("dialog", (dialog) => void dialog.accept());
    const found: string[] = [];
    const storyId = await demoStoryId(englishOnlyStory);
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/newsroom/sign-in`);
      await page.locator("#email").fill("nobody@example.com");
      await page.locator("#password").fill("not-the-password");
      await page.locator('form.newsroom-form button[type="submit"]').click();
      await expect(page.locator(".form-error")).toBeVisible();
      found.push(...(await violationsOn(page, "anonymous", `/${locale}/newsroom/sign-in (refused)`)));
    }
    await signIn(page, "editor");
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/newsroom/stories/new`);
      await page.locator('.newsroom-form button[type="submit"]').click();
      await expect(page.locator(".field-error").first()).toBeVisible();
      found.push(...(await violationsOn(page, "editor", `/${locale}/newsroom/stories/new (refused)`)));

      await page.goto(`/${locale}/newsroom/stories/${storyId}/ar`);
      await takeOverIfLocked(page);
      await page.locator("#headline").fill("");
      await page.locator(".editor__form button[type=submit]").click();
      await expect(page.locator("#headline-error")).toBeVisible();
      found.push(
        ...(await violationsOn(page, "editor", `/${locale}/newsroom/stories/${storyId}/ar (refused)`)),
      );
    }
    expect(found).toEqual([]);
  });

  for (const role of ["admin", "editor", "translator.ar"] as const satisfies DemoRole[]) {
    test(`every newsroom page ${role} may see has no violations, in English and Arabic`, async ({ page }) => {
      const pages = await newsroomPages();
      const found: string[] = [];
      let checked = 0;
      await signIn(page, role);
      for (const locale of LOCALES) {
        for (const route of pages) {
          const path = `/${locale}${route}`;
          const response = await page.goto(path);
          // Pages this role may not open answer "Not allowed", itself a newsroom page.
          expect([200, 403], `${role} ${path}`).toContain(response?.status());
          found.push(...(await violationsOn(page, role, path)));
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(pages.length * LOCALES.length);
      expect(found).toEqual([]);
    });
  }
});
