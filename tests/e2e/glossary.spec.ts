import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./newsroom-helpers";
import { queryE2eDatabase } from "./support/e2e-database";

const TERMS = ["Grand Serail", "Rafic Hariri International Airport"];

test.afterAll(async () => {
  await queryE2eDatabase(
    `DELETE FROM "GlossaryTerm" WHERE "id" IN (SELECT "termId" FROM "GlossaryTermName" WHERE "text" = ANY($1))`,
    [TERMS],
  );
});

test("an editor adds a term, imports a CSV (refused whole for one bad line, then accepted) and downloads the glossary", async ({
  page,
}) => {
  await signIn(page, "editor", "en");
  await page.goto("/en/newsroom/glossary");
  await page.locator("#new-term-kind").selectOption("PLACE");
  await page.locator("#new-term-en").fill(TERMS[0]!);
  await page.locator("#new-term-ar").fill("السراي الحكومي");
  await page
    .locator("form", { has: page.locator("#new-term-en") })
    .locator("button")
    .click();
  await expect(page.locator(".form-notice")).toHaveText("Term added.");
  await expect(page.locator("tr", { hasText: TERMS[0]! })).toContainText("السراي الحكومي");

  // One line without its Arabic: nothing is imported, and the line is named.
  const bad = `kind,en,ar\nplace,${TERMS[1]},مطار رفيق الحريري الدولي\nperson,Hiam Mrad,\n`;
  await page
    .locator("#glossary-file")
    .setInputFiles({ name: "terms.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page
    .locator("form", { has: page.locator("#glossary-file") })
    .locator("button")
    .click();
  await expect(page.locator("#import ~ .form-error")).toContainText("Line 3: Arabic is missing.");
  await expect(page.locator("tr", { hasText: TERMS[1]! })).toHaveCount(0);

  const good = `kind,en,ar\nplace,${TERMS[1]},مطار رفيق الحريري الدولي\n`;
  await page
    .locator("#glossary-file")
    .setInputFiles({ name: "terms.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page
    .locator("form", { has: page.locator("#glossary-file") })
    .locator("button")
    .click();
  await expect(page.locator(".form-notice")).toHaveText("Imported: 1 new term, none updated.");

  // Found by any part of a name, in either language and any spelling of hamza.
  await page.goto(`/en/newsroom/glossary?q=${encodeURIComponent("مطار")}`);
  await expect(page.locator("tbody tr")).toHaveCount(1);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the glossary (CSV)" }).click();
  const csv = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of csv) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  expect(text).toContain("place,Grand Serail,السراي الحكومي");
  expect(text).toContain(`place,${TERMS[1]},مطار رفيق الحريري الدولي`);
});

for (const ui of ["en", "ar"] as const) {
  test(`(${ui}) the glossary page, for an editor and for a translator who only reads it, has nothing axe objects to`, async ({
    browser,
  }) => {
    for (const role of ["editor", "translator.ar"] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, role, ui);
      await page.goto(`/${ui}/newsroom/glossary`);
      await expect(page.locator("h1")).toHaveText(ui === "en" ? "Glossary" : "المسرد");
      // Translators read it; only editors get the forms.
      await expect(page.locator("#new-term-en")).toHaveCount(role === "editor" ? 1 : 0);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(results.violations.map((violation) => `${role}: ${violation.id}`)).toEqual([]);
      await context.close();
    }
  });
}
