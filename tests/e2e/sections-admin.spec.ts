import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { sections } from "@/prisma/content/sections";
import { demoStory, storyUrl } from "./demo-stories";
import { signIn } from "./newsroom-helpers";
import { demoStoryId } from "./support/demo-story-id";

// Issue 26, sections kept by admins: an admin adds a section, files a story
// under it, renames it (the old address answers 308), moves it and retires
// it (its address answers 308 to the home page), in each interface language.
// Each run uses a story in one language that no other spec changes, and puts
// it back in its own section at the end.
const words = { en, ar };
const RUNS = [
  {
    ui: "en",
    story: demoStory("jazz-nights"),
    names: { en: "Sport", ar: "رياضة" },
    renamed: { en: "sports-desk", ar: "رياضة" },
  },
  {
    ui: "ar",
    story: demoStory("iraq-marshes"),
    names: { en: "Environment desk", ar: "بيئة" },
    renamed: { en: "environment-desk", ar: "شؤون-البيئة" },
  },
] as const;

const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags([
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
  ]);

// The sections readers see; retired ones are listed in a second table below.
const rows = (page: Page) => page.locator("table").first().locator("tbody tr");

const sectionUrl = (locale: "en" | "ar", slug: string) => `/${locale}/section/${encodeURIComponent(slug)}`;

for (const { ui, story, names, renamed } of RUNS) {
  const t = words[ui].Newsroom.sections;
  const storyLocale = story.translations.en ? "en" : "ar";
  const headline = story.translations[storyLocale]!.headline;

  test(`(${ui}) an admin adds a section, files a story under it, renames, moves and retires it`, async ({
    page,
  }) => {
    await signIn(page, "admin", ui);
    await page.goto(`/${ui}/newsroom/sections`);
    await expect(page.locator("h1")).toHaveText(t.title);
    expect((await axe(page).analyze()).violations.map((violation) => violation.id)).toEqual([]);

    await page.locator("#new-section-en-name").fill(names.en);
    await page.locator("#new-section-ar-name").fill(names.ar);
    await page.getByRole("button", { name: t.createButton }).click();
    await expect(page.getByRole("status")).toHaveText(t.done.create);
    const row = rows(page).last();
    const slugs = {
      en: (await row.locator("td[lang=en] code").textContent())!,
      ar: (await row.locator("td[lang=ar] code").textContent())!,
    };
    expect(slugs.ar).toBe(names.ar);

    // The menus of both languages have it at once (the menu's pages were purged).
    for (const locale of ["en", "ar"] as const) {
      await page.goto(`/${locale}`);
      const nav = page.locator("nav.section-nav");
      await expect(nav.getByRole("link", { name: names[locale], exact: true })).toHaveAttribute(
        "href",
        sectionUrl(locale, slugs[locale]),
      );
    }

    // A story filed under it appears on its page.
    await page.goto(`/${ui}/newsroom/stories/${await demoStoryId(story)}`);
    await page.locator("#details-section").selectOption({ label: names[ui] });
    await page.getByRole("button", { name: words[ui].Newsroom.newStory.saveDetails }).click();
    await page.waitForURL(/done=details/);
    await page.goto(sectionUrl(storyLocale, slugs[storyLocale]));
    await expect(page.locator("h1")).toHaveText(names[storyLocale]);
    await expect(page.getByRole("link", { name: headline })).toBeVisible();

    // Renamed: the old address answers 308 with the new one.
    await page.goto(`/${ui}/newsroom/sections`);
    const ours = rows(page).filter({ hasText: slugs.en });
    await ours.locator("summary").first().click();
    await ours.locator(`input[name="en.slug"]`).fill(renamed.en);
    await ours.locator(`input[name="ar.slug"]`).fill(renamed.ar);
    await ours.getByRole("button", { name: t.renameButton }).click();
    await expect(page.getByRole("status")).toHaveText(t.done.rename);
    for (const locale of ["en", "ar"] as const) {
      if (slugs[locale] === renamed[locale]) continue;
      const old = await page.request.get(sectionUrl(locale, slugs[locale]), { maxRedirects: 0 });
      expect(old.status()).toBe(308);
      expect(decodeURIComponent(old.headers()["location"] ?? "")).toMatch(
        new RegExp(`${decodeURIComponent(sectionUrl(locale, renamed[locale]))}$`),
      );
    }

    // Moved up: it now comes before the section that was above it, in the menu too.
    const before = await rows(page).nth(-2).locator("td[lang=en] bdi").textContent();
    await page
      .locator("table")
      .first()
      .locator("tbody tr", { hasText: renamed.en })
      .getByRole("button", { name: t.moveUp.replace("{name}", names[ui]) })
      .click();
    await expect(page.getByRole("status")).toHaveText(t.done.move);
    await expect(rows(page).last().locator("td[lang=en] bdi")).toHaveText(before!);
    await page.goto("/en");
    const menu = await page.locator("nav.section-nav a").allTextContents();
    expect(menu.indexOf(names.en)).toBe(menu.indexOf(before!) - 1);

    // Retired: gone from the menu, its address leads home, the story is still read.
    await page.goto(`/${ui}/newsroom/sections`);
    const retiring = rows(page).filter({ hasText: renamed.en });
    await retiring.locator("summary").nth(1).click();
    await retiring.getByRole("checkbox").check();
    await retiring.getByRole("button", { name: t.retireButton }).click();
    await expect(page.getByRole("status")).toHaveText(t.done.retire);
    expect((await axe(page).analyze()).violations.map((violation) => violation.id)).toEqual([]);
    for (const locale of ["en", "ar"] as const) {
      const gone = await page.request.get(sectionUrl(locale, renamed[locale]), { maxRedirects: 0 });
      expect(gone.status()).toBe(308);
      expect(gone.headers()["location"]).toMatch(new RegExp(`/${locale}$`));
      await page.goto(`/${locale}`);
      await expect(page.locator("nav.section-nav").getByRole("link", { name: names[locale] })).toHaveCount(0);
    }
    await page.goto(storyUrl(story, storyLocale));
    await expect(page.locator("h1")).toHaveText(headline);

    // The story goes back to its own section; the retired one is not offered to any other story.
    await page.goto(`/${ui}/newsroom/stories/${await demoStoryId(story)}`);
    const offered = page.locator("#details-section option");
    expect(await offered.allTextContents()).toContain(names[ui]);
    const own = sections.find((section) => section.key === story.section)!.names[ui];
    await page.locator("#details-section").selectOption({ label: own });
    await page.getByRole("button", { name: words[ui].Newsroom.newStory.saveDetails }).click();
    await page.waitForURL(/done=details/);
    expect(await offered.allTextContents()).not.toContain(names[ui]);
  });
}
