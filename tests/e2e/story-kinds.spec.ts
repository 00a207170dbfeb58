import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { authors } from "@/prisma/content/authors";
import { demoStory, storyUrl } from "./demo-stories";
import { signIn } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";

// Story kinds as readers and editors meet them: the label above the
// headline, opinion set apart with the site's note, its JSON-LD type, the
// writer's columns, and an editor changing a story's kind.

const opinion = demoStory("pavements-opinion");
const columnist = authors.find((each) => each.key === "hala-mansour")!;
const WORDS = {
  en: {
    label: "Opinion",
    note: "The views expressed in this article are the author's own",
    columns: "Columns",
  },
  ar: { label: "رأي", note: "الآراء الواردة في هذا المقال تعبّر عن رأي كاتبها", columns: "مقالات الرأي" },
} as const;

async function noAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

for (const locale of ["en", "ar"] as const) {
  test(`an opinion piece shows its label, its note and OpinionNewsArticle (${locale})`, async ({ page }) => {
    await page.goto(storyUrl(opinion, locale));
    const article = page.locator("article.story");
    await expect(article).toHaveClass(/story--opinion/);
    await expect(article.locator(".story__header .kind-label")).toHaveText(WORDS[locale].label);
    await expect(article.locator(".opinion-disclaimer")).toContainText(WORDS[locale].note);
    await expect(article.locator(".byline")).toContainText(columnist.names[locale]);
    const types = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "{}")["@type"]));
    expect(types).toContain("OpinionNewsArticle");
    expect(types).not.toContain("NewsArticle");
    await noAxeViolations(page);
  });

  test(`the columnist's page lists the column apart (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/authors/${columnist.key}`);
    const columns = page.getByRole("region", { name: WORDS[locale].columns });
    await expect(columns.getByRole("link", { name: opinion.translations[locale]!.headline })).toBeVisible();
    // Every one of the columnist's pieces is an opinion column.
    for (const label of await columns.locator(".kind-label").all())
      await expect(label).toHaveText(WORDS[locale].label);
    await noAxeViolations(page);
  });

  test(`the newsroom's opinion note page has nothing axe objects to (${locale})`, async ({ page }) => {
    await signIn(page, "editor", locale);
    await page.goto(`/${locale}/newsroom/opinion-disclaimer`);
    await expect(page.locator(`#opinion-disclaimer-${locale}`)).toBeVisible();
    await noAxeViolations(page);
  });
}

test("an editor changes a story's kind, and readers see the new label in both languages", async ({
  page,
}) => {
  const explainer = demoStory("deposit-law-explainer");
  const id = await demoStoryId(explainer);
  await signIn(page, "editor");
  const setKind = async (kind: string) => {
    await page.goto(`/en/newsroom/stories/${id}`);
    await page.locator("#details-kind").selectOption(kind);
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.locator(".form-notice, [role=status]").first()).toBeVisible();
  };
  await setKind("analysis");
  try {
    await page.goto(storyUrl(explainer, "en"));
    await expect(page.locator(".story__header .kind-label")).toHaveText("Analysis");
    await page.goto(storyUrl(explainer, "ar"));
    await expect(page.locator(".story__header .kind-label")).toHaveText("تحليل");
    const types = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "{}")["@type"]));
    expect(types).toContain("AnalysisNewsArticle");
  } finally {
    // Other specs read the demo as seeded.
    await setKind("explainer");
  }
  await page.goto(storyUrl(explainer, "en"));
  await expect(page.locator(".story__header .kind-label")).toHaveText("Explainer");
});
