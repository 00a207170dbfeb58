import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { stories } from "@/prisma/content/stories/index";
import { demoTimeShift } from "@/prisma/demo-timeline";

// Issue 24 from a reader's side, in Arabic first: word forms, stop words,
// the page on a phone, date filters in the page's language, the suggestions
// as a combobox, and the page's accessibility.

const cabinet = stories.find((s) => s.key === "cabinet-electricity-plan")!;
const strike = stories.find((s) => s.key === "university-strike")!;
const tomb = stories.find((s) => s.key === "byblos-excavation")!;

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

// The seed moves the demo's dates forward by whole days: the days as seeded (noon UTC).
const shift = demoTimeShift(new Date());
const seededDay = (day: string) => new Date(new Date(`${day}T12:00:00Z`).getTime() + shift);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const arabicDigits = (value: number) => String(value).replace(/\d/g, (digit) => "٠١٢٣٤٥٦٧٨٩"[Number(digit)]!);
const monthName = (date: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(date);
// The film festival (the 20th) and the port tender (the 22nd) mention Beirut; others on either side do too.
const rangeStart = seededDay("2026-11-20");
const rangeEnd = seededDay("2026-11-22");

const searchUrl = (locale: "en" | "ar", params: Record<string, string>) =>
  `/${locale}/search?${new URLSearchParams(params)}`;

test.describe("Arabic search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a fused conjunction and a broken plural each find their story, marked", async ({ page }) => {
    // «الكهرباء» in the headline, typed with the fused «و».
    await page.goto(searchUrl("ar", { q: "والكهرباء" }));
    const fused = page.locator(".search-result").filter({ hasText: cabinet.translations.ar!.headline });
    await expect(fused.locator("h2 mark").first()).toBeVisible();
    // «أساتذة» in the headline, typed in the singular and without its hamza: the ArabicPlural table links them.
    await page.goto(searchUrl("ar", { q: "استاذ" }));
    const plural = page.locator(".search-result").filter({ hasText: strike.translations.ar!.headline });
    await expect(plural.locator("h2 mark")).toHaveText("أساتذة");
  });

  test("stop words alone get the answer English gives for “the”", async ({ page }) => {
    const answers: Record<string, string> = {};
    for (const [locale, q] of [
      ["en", "the"],
      ["ar", "في"],
      ["ar", "في من على"],
      ["ar", "وفي"],
    ] as const) {
      const response = await page.goto(searchUrl(locale, { q }));
      expect(response?.status(), q).toBe(200);
      await expect(page.locator(".search-result"), q).toHaveCount(0);
      answers[q] = (await page.locator("main .notice").first().textContent())!;
    }
    expect(answers.the).toMatch(/nothing to look up/);
    for (const q of ["في", "في من على", "وفي"])
      expect(answers[q], q).toMatch(/لا يتضمن هذا البحث ما يمكن البحث عنه/);
  });

  test("the results page has one search landmark, its own form, in both languages", async ({ page }) => {
    for (const locale of ["en", "ar"] as const) {
      await page.goto(searchUrl(locale, { q: locale === "en" ? "beirut" : "بيروت" }));
      await expect(page.getByRole("search")).toHaveCount(1);
      await expect(page.locator("#site-search")).toHaveCount(0);
      await expect(page.getByRole("search").locator('input[name="q"]')).toHaveValue(
        locale === "en" ? "beirut" : "بيروت",
      );
      await page.goto(`/${locale}`);
      await expect(page.getByRole("search")).toHaveCount(1);
    }
  });

  test("at 360 × 740 the first result is on the first screen, filters folded until one is set", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const url of [searchUrl("ar", { q: "بيروت" }), searchUrl("en", { q: "beirut" })]) {
      await page.goto(url);
      await expect(page.locator(".search-filters")).not.toHaveAttribute("open");
      const box = (await page.locator(".search-result h2").first().boundingBox())!;
      expect(box.y + box.height, url).toBeLessThanOrEqual(740);
    }
    await page.goto(searchUrl("ar", { q: "بيروت", sort: "newest" }));
    await expect(page.locator(".search-filters")).toHaveAttribute("open", "");
  });

  test("the date filters read in Arabic and take Arabic-Indic digits; a wrong date is refused by its field, nothing lost", async ({
    page,
  }) => {
    // On a phone, where the filters are folded.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(searchUrl("ar", { q: "بيروت" }));
    const all = await page.locator(".search-result").count();
    await page.locator(".search-filters summary").click();
    const months = await page.locator("#search-from-month option").allTextContents();
    expect(months).toEqual(expect.arrayContaining(["تشرين الثاني", "أيلول", "كانون الثاني"]));
    await expect(page.locator(".search-date legend")).toHaveText(["من", "إلى"]);
    await expect(page.locator('label[for="search-from-year"]')).toHaveText("السنة");

    for (const [end, date] of [
      ["from", rangeStart],
      ["to", rangeEnd],
    ] as const) {
      await page.locator(`#search-${end}-day`).fill(arabicDigits(date.getUTCDate()));
      await page.locator(`#search-${end}-month`).selectOption({ label: monthName(date, "ar-LB") });
      await page.locator(`#search-${end}-year`).fill(arabicDigits(date.getUTCFullYear()));
    }
    await page.locator(".search-filters button").click();
    const times = await page
      .locator(".search-result time")
      .evaluateAll((els) => els.map((el) => el.getAttribute("datetime")!));
    expect(times.length).toBeGreaterThan(0);
    expect(times.length).toBeLessThan(all);
    for (const time of times) {
      expect(time >= `${isoDay(rangeStart)}T00:00:00` && time < `${isoDay(rangeEnd)}T24`, time).toBe(true);
    }
    // The fields show what was asked, in the page's digits; the filters stay open.
    await expect(page.locator(".search-filters")).toHaveAttribute("open", "");
    await expect(page.locator("#search-from-month option:checked")).toHaveText(
      monthName(rangeStart, "ar-LB"),
    );
    const typedDay = [String(rangeStart.getUTCDate()), arabicDigits(rangeStart.getUTCDate())];
    expect(typedDay).toContain(await page.locator("#search-from-day").inputValue());

    // 31 February does not exist: an error in Arabic by the field, the query and other fields kept.
    await page.locator("#search-section").selectOption({ index: 1 });
    await page.locator("#search-to-day").fill("٣١");
    await page.locator("#search-to-month").selectOption({ label: "شباط" });
    await page.locator(".search-filters button").click();
    await expect(page.locator("#search-to-error")).toHaveText(/هذا التاريخ غير موجود/);
    await expect(page.locator("#search-to-day")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(".error-summary a")).toHaveAttribute("href", "#search-to-day");
    await expect(page.locator("#search-query")).toHaveValue("بيروت");
    await expect(page.locator("#search-section")).not.toHaveValue("");
    expect(typedDay).toContain(await page.locator("#search-from-day").inputValue());
    await expect(page.locator("#search-to-month option:checked")).toHaveText("شباط");
    await expect(page.locator(".search-result")).toHaveCount(0);
  });

  test("links with ISO dates keep working and fill the Arabic fields", async ({ page }) => {
    const from = isoDay(rangeStart);
    await page.goto(searchUrl("ar", { q: "بيروت", from, to: isoDay(rangeEnd) }));
    await expect(page.locator("#search-from-month option:checked")).toHaveText(
      monthName(rangeStart, "ar-LB"),
    );
    await expect(page.locator(".search-result").first()).toBeVisible();
    await page.goto(searchUrl("en", { q: "beirut", from }));
    await expect(page.locator("#search-from-month option:checked")).toHaveText(
      monthName(rangeStart, "en-GB"),
    );
    await expect(page.locator("#search-from-year")).toHaveValue(from.slice(0, 4));
  });
});

test.describe("suggestions as a combobox", () => {
  for (const { locale, url, field, typed } of [
    { locale: "ar", url: "/ar", field: "#site-search", typed: "مدف" },
    { locale: "ar", url: searchUrl("ar", { q: "" }), field: "#search-query", typed: "مدف" },
    { locale: "en", url: "/en", field: "#site-search", typed: "phoenic" },
  ] as const) {
    test(`the arrow keys move through the suggestions and Enter opens one (${url} ${field})`, async ({
      page,
    }) => {
      await page.goto(url);
      const input = page.locator(field);
      await expect(input).toHaveAttribute("role", "combobox");
      await expect(input).toHaveAttribute("aria-expanded", "false");
      await input.pressSequentially(typed);
      const listbox = page.getByRole("listbox");
      await expect(listbox).toBeVisible();
      await expect(input).toHaveAttribute("aria-expanded", "true");
      await expect(input).toHaveAttribute("aria-controls", (await listbox.getAttribute("id"))!);
      const options = listbox.getByRole("option");
      await expect(options.first()).toBeVisible();
      const count = await options.count();

      await input.press("ArrowDown");
      const first = (await options.nth(0).getAttribute("id"))!;
      await expect(input).toHaveAttribute("aria-activedescendant", first);
      await expect(options.nth(0)).toHaveAttribute("aria-selected", "true");
      if (count > 1) {
        await input.press("ArrowDown");
        await expect(input).toHaveAttribute(
          "aria-activedescendant",
          (await options.nth(1).getAttribute("id"))!,
        );
        await expect(options.nth(0)).toHaveAttribute("aria-selected", "false");
        await input.press("ArrowUp");
        await expect(input).toHaveAttribute("aria-activedescendant", first);
      }
      // Up from the first wraps to the last; Escape closes; ArrowDown opens again.
      await input.press("ArrowUp");
      await expect(options.nth(count - 1)).toHaveAttribute("aria-selected", "true");
      await input.press("Escape");
      await expect(input).toHaveAttribute("aria-expanded", "false");
      await expect(input).not.toHaveAttribute("aria-activedescendant");
      await input.press("ArrowDown");
      await expect(input).toHaveAttribute("aria-activedescendant", first);

      const target = tomb.translations[locale]!.headline;
      const index = (await options.allTextContents()).indexOf(target);
      expect(index).toBeGreaterThanOrEqual(0);
      for (let i = 0; i < index; i++) await input.press("ArrowDown");
      await input.press("Enter");
      await expect(page.locator("h1")).toHaveText(target);
    });
  }

  test("a click on a suggestion opens its story", async ({ page }) => {
    await page.goto("/ar");
    await page.locator("#site-search").pressSequentially("مدف");
    await page.getByRole("option", { name: tomb.translations.ar!.headline }).click();
    await expect(page.locator("h1")).toHaveText(tomb.translations.ar!.headline);
  });
});

test.describe("the results page's accessibility", () => {
  for (const { locale, q, typed } of [
    { locale: "ar", q: "مدفن بيروت", typed: "مدف" },
    { locale: "en", q: "tomb beirut", typed: "phoenic" },
  ] as const) {
    test(`axe finds nothing, highlights and suggestions shown (${locale})`, async ({ page }) => {
      await page.goto(searchUrl(locale, { q }));
      await expect(page.locator(".search-result mark").first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      // With the filters open, a date refused, then the suggestions open.
      await page.goto(searchUrl(locale, { q, "from-day": "31", "from-month": "2", "from-year": "2026" }));
      await expect(page.locator(".field-error")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator("#search-query").fill("");
      await page.locator("#search-query").pressSequentially(typed);
      await expect(page.getByRole("listbox")).toBeVisible();
      await page.locator("#search-query").press("ArrowDown");
      await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
