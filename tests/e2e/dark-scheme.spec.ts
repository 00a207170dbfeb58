import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { bilingualStory, storyUrl } from "./demo-stories";
import { signIn } from "./newsroom-helpers";

// Every WCAG 2.x A and AA rule axe has, and its best practices, as the other specs run it.
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];
const LOCALES = ["en", "ar"] as const;

async function violationsOn(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  // The dark palette is in force: the page says so, and its paper is dark.
  const scheme = await page.evaluate(() => ({
    colorScheme: getComputedStyle(document.documentElement).colorScheme,
    paper: getComputedStyle(document.body).backgroundColor,
  }));
  expect(scheme.colorScheme, path).toBe("light dark");
  expect(scheme.paper, path).toBe("rgb(23, 22, 20)");
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${path}: ${violation.id} (${violation.impact}) at ${violation.nodes
        .slice(0, 4)
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}

test.describe("the dark scheme (prefers-color-scheme: dark)", () => {
  test.setTimeout(240_000);
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
  });

  for (const locale of LOCALES) {
    test(`reading pages have no axe violations in ${locale}`, async ({ page }) => {
      const story = storyUrl(bilingualStory, locale);
      await page.goto(story);
      const section = await page.locator(".story__section").getAttribute("href");
      // A word of the headline, so the results page shows marked words too.
      const word = bilingualStory.translations[locale]!.headline.split(/\s+/).find((w) => w.length > 3)!;
      const found: string[] = [];
      for (const path of [`/${locale}`, section!, story, `/${locale}/search?q=${encodeURIComponent(word)}`]) {
        found.push(...(await violationsOn(page, path)));
      }
      expect(found).toEqual([]);
    });

    test(`newsroom pages have no axe violations in ${locale}`, async ({ page }) => {
      const found = await violationsOn(page, `/${locale}/newsroom/sign-in`);
      await signIn(page, "editor", locale);
      found.push(...(await violationsOn(page, `/${locale}/newsroom`)));
      expect(found).toEqual([]);
    });
  }

  test("focus stays visible: the focus ring differs from the dark paper", async ({ page }) => {
    await page.goto(storyUrl(bilingualStory, "ar"));
    await page.keyboard.press("Tab");
    const ring = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const style = getComputedStyle(focused);
      return { style: style.outlineStyle, color: style.outlineColor };
    });
    expect(ring.style).toBe("solid");
    expect(ring.color).toBe("rgb(138, 180, 248)");
  });
});
