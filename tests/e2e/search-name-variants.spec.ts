import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser } from "@playwright/test";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { stories } from "@/prisma/content/stories/index";
import { signIn } from "./newsroom-helpers";
import { queryE2eDatabase } from "./support/e2e-database";

// Issue 24, item 4: editors keep the names' spellings (accepting the
// glossary's pairs or typing them) and the broken plurals; readers' searches
// in either language then find a story by any spelling.

const busLine = stories.find((s) => s.key === "tripoli-bus-line")!;
const tomb = stories.find((s) => s.key === "byblos-excavation")!;
const GLOSSARY = [
  { en: "Charles Helou", ar: "شارل حلو" },
  { en: "Baabda", ar: "بعبدا" },
];
const words = ar.Newsroom.searchWords;

test.afterAll(async () => {
  const names = GLOSSARY.flatMap((term) => [term.en, term.ar]);
  await queryE2eDatabase(
    `DELETE FROM "NameVariantSet" WHERE id IN (SELECT "setId" FROM "NameVariant" WHERE key = 'charles helou')`,
  );
  await queryE2eDatabase(`DELETE FROM "NameVariant" WHERE key = 'jebeil'`);
  await queryE2eDatabase(
    `DELETE FROM "NameVariantDismissal" WHERE "termId" IN (SELECT "termId" FROM "GlossaryTermName" WHERE text = ANY($1))`,
    [names],
  );
  await queryE2eDatabase(
    `DELETE FROM "GlossaryTerm" WHERE id IN (SELECT "termId" FROM "GlossaryTermName" WHERE text = ANY($1))`,
    [names],
  );
  await queryE2eDatabase(`DELETE FROM "ArabicPlural" WHERE singular = 'مهرجان'`);
});

/** A reader's search, in a browser without the editor's session. */
// Searched as typed (literal=1): on the Arabic site a Latin query that
// finds nothing is otherwise read as Arabizi, which finds «شارل حلو» alone.
async function readerSearch(browser: Browser, locale: "en" | "ar", q: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}&literal=1`);
  return { page, close: () => context.close() };
}

test("an editor accepts a glossary pair and dismisses another; an Arabic reader then finds the story by the Latin name", async ({
  page,
  browser,
}) => {
  const headline = busLine.translations.ar!.headline;
  const before = await readerSearch(browser, "ar", "Charles Helou");
  await expect(before.page.locator(".search-result").filter({ hasText: headline })).toHaveCount(0);
  await before.close();

  await signIn(page, "editor", "ar");
  for (const term of GLOSSARY) {
    await page.goto("/ar/newsroom/glossary");
    await page.locator("#new-term-kind").selectOption("PLACE");
    await page.locator("#new-term-en").fill(term.en);
    await page.locator("#new-term-ar").fill(term.ar);
    await page
      .locator("form", { has: page.locator("#new-term-en") })
      .locator("button")
      .click();
    await expect(page.locator(".form-notice")).toHaveText(ar.Newsroom.glossary.done.create);
  }
  await page.getByRole("link", { name: ar.Newsroom.nav.searchWords }).click();
  await expect(page.locator("h1")).toHaveText(words.title);
  const helou = page.locator("tr[data-glossary-pair]", { hasText: "Charles Helou" });
  await expect(helou).toContainText(words.newSet);
  await helou.getByRole("button", { name: words.accept }).click();
  await expect(page.locator(".form-notice")).toHaveText(words.done.accept);
  await expect(page.locator("tr[data-name-set]", { hasText: "Charles Helou" })).toContainText("شارل حلو");
  await page
    .locator("tr[data-glossary-pair]", { hasText: "Baabda" })
    .getByRole("button", { name: words.dismiss })
    .click();
  await expect(page.locator(".form-notice")).toHaveText(words.done.dismiss);
  await expect(page.locator("tr[data-glossary-pair]", { hasText: /Baabda|Charles Helou/ })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const after = await readerSearch(browser, "ar", "Charles Helou");
  const result = after.page.locator(".search-result").filter({ hasText: headline });
  await expect(result).toHaveCount(1);
  await expect(result.locator("mark").first()).toBeVisible();
  await after.close();
});

test("an editor adds a spelling to a set; English and Arabic readers then find the story by it", async ({
  page,
  browser,
}) => {
  await signIn(page, "editor", "en");
  await page.goto("/en/newsroom/search-words");
  const row = page.locator("tr[data-name-set]", { hasText: "Byblos" });
  await row.locator("summary").click();
  const spellings = row.locator("textarea");
  await spellings.fill(`${await spellings.inputValue()}\nJebeil`);
  await row.getByRole("button", { name: en.Newsroom.searchWords.save }).click();
  await expect(page.locator(".form-notice")).toHaveText(en.Newsroom.searchWords.done.update);
  await expect(page.locator("tr[data-name-set]", { hasText: "Byblos" })).toContainText("Jebeil");

  const english = await readerSearch(browser, "en", "Jebeil");
  const found = english.page.locator(".search-result").filter({ hasText: tomb.translations.en!.headline });
  await expect(found.locator("h2 mark")).toHaveText("Byblos");
  await english.close();
  const arabic = await readerSearch(browser, "ar", "Jebeil");
  await expect(
    arabic.page.locator(".search-result").filter({ hasText: tomb.translations.ar!.headline }),
  ).toHaveCount(1);
  await arabic.close();
});

test("an editor adds a broken plural (refused first for Latin letters and as a duplicate) and removes it", async ({
  page,
}) => {
  const plurals = words.plurals;
  await signIn(page, "editor", "ar");
  await page.goto("/ar/newsroom/search-words");
  const form = page.locator("form", { has: page.locator("#plural-singular") });
  await page.locator("#plural-singular").fill("festival");
  await page.locator("#plural-plural").fill("مهرجانات");
  await form.locator("button").click();
  await expect(page.locator("#plural-singular-error")).toHaveText(plurals.errors.notArabic);
  await expect(page.locator("#plural-plural")).toHaveValue("مهرجانات");

  await page.locator("#plural-singular").fill("أستاذ");
  await page.locator("#plural-plural").fill("اساتذة");
  await form.locator("button").click();
  await expect(page.locator("#plural-plural-error")).toHaveText(plurals.errors.duplicate);

  await page.locator("#plural-singular").fill("مهرجان");
  await page.locator("#plural-plural").fill("مهرجانات");
  await form.locator("button").click();
  await expect(page.locator(".form-notice")).toHaveText(words.done.pluralAdd);
  const row = page.locator("tr[data-plural]", { hasText: "مهرجانات" });
  await expect(row).toHaveCount(1);
  await row.locator("button").click();
  await expect(page.locator(".form-notice")).toHaveText(words.done.pluralRemove);
  await expect(page.locator("tr[data-plural]", { hasText: "مهرجانات" })).toHaveCount(0);
});
