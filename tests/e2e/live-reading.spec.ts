import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { demoStory, storyUrl } from "./demo-stories";

// The demo's live coverage: written in Arabic, the English desk two entries
// behind, one entry pinned (lib/live, prisma/content/stories/winter-storm-live.ts).
const live = demoStory("winter-storm-live");
const entries = live.live!.entries;
const newestFirst = [...entries].sort((a, b) => b.at - a.at);
const inLanguage = (locale: "en" | "ar") => newestFirst.filter((entry) => entry.text[locale]);
const pinned = entries.find((entry) => entry.pinned)!;
const PER_PAGE = 20;

for (const locale of ["ar", "en"] as const) {
  const words =
    locale === "ar"
      ? { badge: "مباشر", keyPoints: "أبرز النقاط", older: "تحديثات أقدم", all: "كل التحديثات المباشرة" }
      : { badge: "Live", keyPoints: "Key points", older: "Older updates", all: "All live updates" };
  const shown = inLanguage(locale).filter((entry) => !entry.pinned);

  for (const javaScriptEnabled of [true, false]) {
    test.describe(`live coverage in ${locale}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled });
      test("the front page marks it live, and its page shows the key points, the pinned entry, then the newest first", async ({
        page,
      }) => {
        await page.goto(`/${locale}`);
        const card = page.locator(".story-card", { hasText: live.translations[locale]!.headline });
        await expect(card.locator(".live-badge")).toHaveText(words.badge);
        await card.locator(".story-card__headline a").click();
        await expect(page.locator("h1")).toHaveText(live.translations[locale]!.headline);
        await expect(page.locator(".story__header .live-badge")).toHaveText(words.badge);
        await expect(page.locator(".live__key-points h2")).toHaveText(words.keyPoints);
        await expect(page.locator(".live__key-points li")).toHaveCount(3);
        const first = page.locator(".live-entry").first();
        await expect(first).toHaveClass(/live-entry--pinned/);
        await expect(first.locator(".live-entry__title")).toHaveText(pinned.text[locale]!.title!);
        const listed = page.locator(".live__entries .live-entry");
        await expect(listed).toHaveCount(Math.min(PER_PAGE, shown.length));
        await expect(listed.first().locator(".story-body")).toContainText(shown[0]!.text[locale]!.body);
        // Times as elsewhere on the site: the newsroom's zone, Levantine months on Arabic pages.
        await expect(listed.first().locator("time")).toHaveText(
          locale === "ar"
            ? /^\d{1,2} (كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول) \d{4}، \d{2}:\d{2}$/
            : /^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/,
        );
      });

      test("older entries are a plain link away, without JavaScript too", async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(storyUrl(live, locale));
        await page.getByRole("link", { name: words.older }).click();
        await expect(page).toHaveURL(/\/updates\/2$/);
        const older = page.locator(".live__entries .live-entry");
        await expect(older).toHaveCount(shown.length - PER_PAGE);
        await expect(older.last().locator(".story-body")).toContainText(shown.at(-1)!.text[locale]!.body);
        // The pinned entry and the key points stay on the first page.
        await expect(page.locator(".live-entry--pinned")).toHaveCount(0);
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
        await context.close();
      });

      test("an entry's time is its permalink, which opens that entry and leads back to it on the live page", async ({
        page,
      }) => {
        await page.goto(storyUrl(live, locale));
        const entry = page.locator(".live__entries .live-entry").nth(2);
        const id = await entry.getAttribute("id");
        await entry.locator(".live-entry__time").click();
        await expect(page).toHaveURL(/\/entry\/\d+$/);
        await expect(page.locator(".live-entry")).toHaveCount(1);
        await expect(page.locator(".live-entry .story-body")).toContainText(shown[2]!.text[locale]!.body);
        await page.getByRole("link", { name: words.all }).click();
        await expect(page).toHaveURL(new RegExp(`#${id}$`));
        await expect(page.locator(`#${id}`)).toBeInViewport();
      });

      test("the live page describes itself to search engines as a LiveBlogPosting with its updates", async ({
        page,
      }) => {
        await page.goto(storyUrl(live, locale));
        const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
        const posting = blocks
          .map((block) => JSON.parse(block))
          .find((d) => d["@type"] === "LiveBlogPosting");
        expect(posting).toMatchObject({
          coverageStartTime: expect.any(String),
          inLanguage: locale,
          headline: live.translations[locale]!.headline,
        });
        expect(posting.coverageEndTime).toBeUndefined();
        expect(posting.liveBlogUpdate).toHaveLength(1 + Math.min(PER_PAGE, shown.length));
        for (const update of posting.liveBlogUpdate) {
          expect(update).toMatchObject({
            "@type": "BlogPosting",
            headline: expect.any(String),
            datePublished: expect.any(String),
            articleBody: expect.any(String),
          });
          expect(update.articleBody).not.toMatch(/\*\*/);
        }
      });

      test("has no accessibility violations", async ({ page, browser, baseURL }) => {
        // axe runs as a script in the page. Without JavaScript, the page is
        // checked as such a reader gets it: the site's own scripts refused, so
        // nothing hydrates, in a page where axe itself may run (a context made
        // here takes the describe's options unless told otherwise).
        const unhydrated = javaScriptEnabled
          ? null
          : await browser.newContext({ baseURL, viewport: page.viewportSize(), javaScriptEnabled: true });
        const checked = unhydrated ? await unhydrated.newPage() : page;
        if (unhydrated) await checked.route(/\/_next\/static\/.+\.js$/, (route) => route.abort());
        await checked.goto(storyUrl(live, locale));
        await expect(checked.locator(".live__entries .live-entry").first()).toBeVisible();
        const results = await new AxeBuilder({ page: checked })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
          .include(".story-layout__main")
          .analyze();
        await unhydrated?.close();
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
      });
    });
  }
}

test("an entry reaches the English page only once translated: the two newest Arabic ones are not there yet", async ({
  page,
}) => {
  const untranslated = inLanguage("ar").filter((entry) => !entry.text.en);
  expect(untranslated.length).toBe(2);
  await page.goto(storyUrl(live, "ar"));
  for (const entry of untranslated) await expect(page.getByText(entry.text.ar!.body)).toBeVisible();
  await page.goto(storyUrl(live, "en"));
  await expect(page.locator(".live__entries .live-entry").first().locator(".story-body")).toContainText(
    inLanguage("en").filter((entry) => !entry.pinned)[0]!.text.en!.body,
  );
});
